package io.gongkai.schema;

import java.util.List;

/** A data row of a block: id, official label as printed in the template, label variants seen. */
public record RowSpec(String id, String label, List<String> aliases) {
  public RowSpec {
    aliases = List.copyOf(aliases);
  }
}
