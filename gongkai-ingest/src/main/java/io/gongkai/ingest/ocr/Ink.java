package io.gongkai.ingest.ocr;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the ink is inside a region: its bounding box and its text lines, found from the horizontal projection. Used
 * to tell empty cells, one-line cells and several-line cells apart before asking Tesseract.
 */
final class Ink {
  private Ink() {}

  /** Bounding box [x0, y0, x1, y1) of the ink, or null when there is none. */
  static int[] bounds(Bitmap b) {
    int x0 = b.width;
    int y0 = b.height;
    int x1 = -1;
    int y1 = -1;
    for (int y = 0; y < b.height; y++) {
      for (int x = 0; x < b.width; x++) {
        if (b.ink[y * b.width + x] != 0) {
          x0 = Math.min(x0, x);
          x1 = Math.max(x1, x);
          y0 = Math.min(y0, y);
          y1 = Math.max(y1, y);
        }
      }
    }
    return x1 < 0 ? null : new int[] {x0, y0, x1 + 1, y1 + 1};
  }

  /**
   * Bands of rows holding text, as [top, bottom) pairs. Gaps smaller than a third of the tallest band are inside a
   * line (the strokes of 二 or 三 leave such gaps), larger ones are between lines.
   */
  static List<int[]> lines(Bitmap b) {
    return lines(b, -1);
  }

  /** As {@link #lines(Bitmap)}, joining gaps under {@code join} rows; negative means a third of the tallest band. */
  static List<int[]> lines(Bitmap b, int join) {
    List<int[]> bands = new ArrayList<>();
    int start = -1;
    for (int y = 0; y <= b.height; y++) {
      boolean inked = y < b.height && b.count(0, y, b.width, y + 1) > 0;
      if (inked && start < 0) {
        start = y;
      } else if (!inked && start >= 0) {
        bands.add(new int[] {start, y});
        start = -1;
      }
    }
    if (join < 0) {
      join = Math.max(3, bands.stream().mapToInt(r -> r[1] - r[0]).max().orElse(0) / 3);
    }
    List<int[]> lines = new ArrayList<>();
    for (int[] band : bands) {
      int[] last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
      if (last != null && band[0] - last[1] < join) {
        last[1] = band[1];
      } else {
        lines.add(band.clone());
      }
    }
    return lines;
  }

  /** Clears edge rows and columns that are mostly ink: the remains of a cell's border after cropping. */
  static void trimBorders(Bitmap b, int depth) {
    for (int i = 0; i < depth && i < b.height; i++) {
      clearRowIfRule(b, i);
      clearRowIfRule(b, b.height - 1 - i);
    }
    for (int i = 0; i < depth && i < b.width; i++) {
      clearColumnIfRule(b, i);
      clearColumnIfRule(b, b.width - 1 - i);
    }
  }

  private static void clearRowIfRule(Bitmap b, int y) {
    if (b.count(0, y, b.width, y + 1) * 2 > b.width) {
      for (int x = 0; x < b.width; x++) {
        b.set(x, y, false);
      }
    }
  }

  private static void clearColumnIfRule(Bitmap b, int x) {
    if (b.count(x, 0, x + 1, b.height) * 2 > b.height) {
      for (int y = 0; y < b.height; y++) {
        b.set(x, y, false);
      }
    }
  }
}
