package io.gongkai.ingest.ocr;

import java.util.Comparator;
import java.util.List;

/**
 * A one-line cell redrawn with its pieces of ink set apart. Tesseract's line recogniser merges two identical narrow
 * glyphs printed close together (11 read as 1); with a gap of half the line height between pieces it reads each.
 */
final class Spread {
  private Spread() {}

  /** The cell's ink, cropped to its bounds, with its pieces set apart. */
  static Bitmap of(Bitmap ink) {
    List<Blobs.Blob> pieces = Blobs.find(ink).stream().sorted(Comparator.comparingInt(Blobs.Blob::x0)).toList();
    int gap = Math.max(4, ink.height / 2);
    int width = pieces.stream().mapToInt(p -> p.x1() - p.x0()).sum() + gap * Math.max(0, pieces.size() - 1);
    Bitmap out = new Bitmap(Math.max(1, width), ink.height);
    int x = 0;
    int lastEnd = Integer.MIN_VALUE;
    for (Blobs.Blob p : pieces) {
      // Pieces overlapping in x belong to one glyph (the parts of 元): keep them together.
      int at = p.x0() < lastEnd ? x - (lastEnd - p.x0()) : (lastEnd == Integer.MIN_VALUE ? 0 : x + gap);
      copy(ink, p, out, at);
      x = Math.max(x, at + p.x1() - p.x0());
      lastEnd = Math.max(lastEnd, p.x1());
    }
    return out;
  }

  private static void copy(Bitmap from, Blobs.Blob p, Bitmap to, int at) {
    for (int y = p.y0(); y < p.y1(); y++) {
      for (int x = p.x0(); x < p.x1(); x++) {
        int tx = at + x - p.x0();
        if (from.at(x, y) && tx >= 0 && tx < to.width) {
          to.set(tx, y, true);
        }
      }
    }
  }
}
