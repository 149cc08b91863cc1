package io.gongkai.ingest;

import java.util.Objects;

/**
 * A run of text outside tables: a heading, a paragraph or, for paged formats, one printed line. Line breaks inside a
 * paragraph are kept as {@code \n}.
 */
public record Paragraph(String text, Location location) implements Block {
  public Paragraph {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(location, "location");
  }
}
