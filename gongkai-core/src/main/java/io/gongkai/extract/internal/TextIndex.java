package io.gongkai.extract.internal;

import io.gongkai.model.SourceSpan;
import java.util.Arrays;

/** Line numbers of offsets in one text, computed on demand from the line starts (as jsoup's LineMap). */
public final class TextIndex {
  private final int[] lineStarts;

  public TextIndex(String text) {
    int[] starts = new int[16];
    int n = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i + 1;
      }
    }
    this.lineStarts = Arrays.copyOf(starts, n);
  }

  /** The 1-based line holding {@code offset}. */
  public int line(int offset) {
    int i = Arrays.binarySearch(lineStarts, offset);
    return i >= 0 ? i + 1 : -i - 1;
  }

  /** A span of {@code [start, end)} with its line. */
  public SourceSpan span(int start, int end) {
    return new SourceSpan(null, line(start), start, end);
  }
}
