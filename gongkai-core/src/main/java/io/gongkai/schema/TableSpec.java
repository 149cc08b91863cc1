package io.gongkai.schema;

import java.util.List;

/** A statistical table (t2, t3, t4) of an edition, with the heading of the section it sits under. */
public record TableSpec(String id, String heading, List<String> aliases, List<BlockSpec> blocks) {
  public TableSpec {
    aliases = List.copyOf(aliases);
    blocks = List.copyOf(blocks);
  }
}
