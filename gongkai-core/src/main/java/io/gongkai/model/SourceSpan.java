package io.gongkai.model;

/**
 * Where raw text sits in the source: character offsets {@code [start, end)} into the extracted text, the 1-based line
 * of {@code start}, and for paged formats the 1-based page and the box on it (both null otherwise).
 */
public record SourceSpan(Integer page, int line, int start, int end, Box box) {
  public SourceSpan {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
    if (line < 1) {
      throw new IllegalArgumentException("line is 1-based: " + line);
    }
  }

  /** A span with no box. */
  public SourceSpan(Integer page, int line, int start, int end) {
    this(page, line, start, end, null);
  }

  /** The same span placed on a page. */
  public SourceSpan on(Integer page, Box box) {
    return new SourceSpan(page, line, start, end, box);
  }
}
