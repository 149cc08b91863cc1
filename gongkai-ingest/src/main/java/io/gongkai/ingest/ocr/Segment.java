package io.gongkai.ingest.ocr;

/**
 * A straight ruling line found on a page, in pixels: for a horizontal line {@code pos} is its y and the span runs along
 * x; for a vertical one, the other way round.
 *
 * @param pos centre across the line
 * @param start first pixel along the line
 * @param end last pixel along the line, inclusive
 * @param thickness width across the line
 */
record Segment(int pos, int start, int end, int thickness) {
  int length() {
    return end - start + 1;
  }

  /** How much of [from, to] this segment covers. */
  int overlap(int from, int to) {
    return Math.max(0, Math.min(end, to) - Math.max(start, from) + 1);
  }
}
