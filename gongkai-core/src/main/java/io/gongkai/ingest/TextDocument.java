package io.gongkai.ingest;

import io.gongkai.model.SourceInfo;
import java.util.Objects;

/**
 * The text of one input document and where it came from.
 *
 * @param source file name, SHA-256 of the bytes as read, and the detected format ({@code text} or {@code markdown})
 * @param text the decoded text, BOM removed, otherwise exactly as the file holds it
 */
public record TextDocument(SourceInfo source, String text) {
  public TextDocument {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
  }
}
