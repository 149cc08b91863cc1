package io.gongkai.schema;

import java.util.List;

/** One of the six numbered sections of a report, with the key phrases that identify its heading. */
public record SectionSpec(String id, String heading, List<String> keys) {
  public SectionSpec {
    keys = List.copyOf(keys);
  }
}
