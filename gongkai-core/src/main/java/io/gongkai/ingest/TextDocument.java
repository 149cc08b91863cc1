package io.gongkai.ingest;

import io.gongkai.model.SourceInfo;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The text of one input document and where it came from.
 *
 * @param source file name, SHA-256 of the bytes as read, and the detected format
 * @param text the decoded text (BOM removed, otherwise exactly as a text file holds it), or the text a structured
 *     document was laid out into by {@link Linearizer}
 * @param pieces for a structured document, the elements the text came from, in text order; empty for text files
 * @param gridLines 0-based numbers of the lines that are rows of a table grid, whose tab-separated fields are exactly
 *     the grid's slots (empty cells included); empty for text files
 */
public record TextDocument(SourceInfo source, String text, List<TextPiece> pieces, Set<Integer> gridLines) {
  public TextDocument {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    pieces = List.copyOf(pieces);
    gridLines = Set.copyOf(gridLines);
  }

  /** A plain text document. */
  public TextDocument(SourceInfo source, String text) {
    this(source, text, List.of(), Set.of());
  }
}
