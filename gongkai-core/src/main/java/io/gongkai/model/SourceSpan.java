package io.gongkai.model;

/**
 * Where raw text sits in the source: character offsets {@code [start, end)} into the extracted text, the 1-based line
 * of {@code start}, and the 1-based page for paged formats (null otherwise).
 */
public record SourceSpan(Integer page, int line, int start, int end) {
  public SourceSpan {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
    if (line < 1) {
      throw new IllegalArgumentException("line is 1-based: " + line);
    }
  }
}
