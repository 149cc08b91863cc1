package io.gongkai.schema;

import java.util.List;

/** A value column of a block: id, official label, value type and label variants seen in real reports. */
public record ColumnSpec(String id, String label, ValueType type, List<String> aliases) {
  public ColumnSpec {
    aliases = List.copyOf(aliases);
  }
}
