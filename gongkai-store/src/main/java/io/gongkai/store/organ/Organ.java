package io.gongkai.store.organ;

import java.util.List;

/**
 * A stored organ.
 *
 * @param name the name it was first read under
 * @param levelSetByPerson whether a person set the level (else it was inferred from the name)
 * @param region the administrative units its name starts with; null when none
 * @param parentId the organ it belongs to, when known
 * @param reports how many years of reports it has
 * @param aliases every name it was printed under, the first name first
 */
public record Organ(
    long id,
    String name,
    Level level,
    boolean levelSetByPerson,
    String region,
    Long parentId,
    long reports,
    List<String> aliases) {
  public Organ {
    aliases = List.copyOf(aliases);
  }
}
