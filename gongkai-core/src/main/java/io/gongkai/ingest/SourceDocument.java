package io.gongkai.ingest;

import io.gongkai.model.SourceInfo;
import java.util.List;
import java.util.Objects;

/**
 * What every format reader makes of a document's bytes: paragraphs and table grids in reading order, each with its
 * location. The extractor reads this one shape whatever the format was, so table alignment is written once.
 *
 * @param source file name, SHA-256 of the bytes and the format detected from them
 */
public record SourceDocument(SourceInfo source, List<Block> blocks) {
  public SourceDocument {
    Objects.requireNonNull(source, "source");
    blocks = List.copyOf(blocks);
  }
}
