package io.gongkai.store.organ;

import java.util.Objects;
import java.util.Optional;

/**
 * An organ's name as printed and what gongkai reads from it: the key under which variant names of the same organ
 * meet (simplified script, no blanks, 人民政府 dropped after the units, 县 and 区 folded), its level and its region
 * (the administrative units the name starts with). Rules are data: {@code organ-names.tsv}.
 *
 * @param localKey the key from the last unit on ({@code 洪泽区} for {@code 淮安市洪泽区}): names printed with and without
 *     the higher units meet under it when nothing else shares it
 * @param region the units the name starts with ({@code 江苏省淮安市洪泽区}); null when it names none
 */
public record OrganName(String printed, String key, String localKey, Level level, String region) {
  public OrganName {
    Objects.requireNonNull(printed, "printed");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(localKey, "localKey");
    Objects.requireNonNull(level, "level");
    if (key.isEmpty()) {
      throw new IllegalArgumentException("empty organ name key for: " + printed);
    }
  }

  /**
   * Reads a printed name.
   *
   * @throws IllegalArgumentException when the name is blank
   */
  public static OrganName of(String printed) {
    return NameRules.standard().read(printed);
  }

  /** Reads a printed name; empty when it holds nothing but blanks (of any width). */
  public static Optional<OrganName> parse(String printed) {
    return NameRules.clean(printed).isEmpty() ? Optional.empty() : Optional.of(of(printed));
  }
}
