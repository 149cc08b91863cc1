package io.gongkai.ingest;

/** One element of a {@link SourceDocument} in reading order: a paragraph of text or a table grid. */
public sealed interface Block permits Paragraph, Grid {
  /** Where the element is in the original. */
  Location location();
}
