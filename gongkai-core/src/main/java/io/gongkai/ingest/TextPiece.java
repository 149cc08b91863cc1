package io.gongkai.ingest;

import java.util.List;
import java.util.Objects;

/**
 * A stretch {@code [start, end)} of a linearised document's text and the element it came from: its place on a page
 * and, for a cell read by OCR without confidence, the readings it allows.
 */
public record TextPiece(int start, int end, Location location, List<String> candidates) {
  public TextPiece {
    Objects.requireNonNull(location, "location");
    candidates = List.copyOf(candidates);
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad piece [" + start + ", " + end + ")");
    }
  }
}
