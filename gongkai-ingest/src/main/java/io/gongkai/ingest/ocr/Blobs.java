package io.gongkai.ingest.ocr;

import java.util.ArrayList;
import java.util.List;

/**
 * Connected pieces of ink (8-connected) in a cell. Specks of scanner noise left inside a cell stretch the box handed
 * to Tesseract and come back as digits (a speck under a 0 made it a 9), so small pieces far from the text are cleared;
 * and printed digits are one piece each, which lets a reading be checked against the number of pieces.
 */
final class Blobs {
  /** One piece: its area in pixels and its bounding box [x0, y0, x1, y1). */
  record Blob(int area, int x0, int y0, int x1, int y1) {
    int gap(Blob o) {
      int dx = Math.max(0, Math.max(o.x0 - x1, x0 - o.x1));
      int dy = Math.max(0, Math.max(o.y0 - y1, y0 - o.y1));
      return Math.max(dx, dy);
    }
  }

  private Blobs() {}

  /** Pieces of ink, 8-connected. */
  static List<Blob> find(Bitmap b) {
    return find(b, true);
  }

  /**
   * Connected pieces; {@code diagonal} joins pixels touching at a corner. Holes in 8-connected ink must be found
   * 4-connected: a ring of ink closed only through a corner still encloses its hole.
   */
  static List<Blob> find(Bitmap b, boolean diagonal) {
    int[] label = new int[b.width * b.height];
    int[] stack = new int[b.width * b.height];
    List<Blob> blobs = new ArrayList<>();
    for (int start = 0; start < label.length; start++) {
      if (b.ink[start] == 0 || label[start] != 0) {
        continue;
      }
      int id = blobs.size() + 1;
      int top = 0;
      stack[top++] = start;
      label[start] = id;
      int area = 0;
      int x0 = b.width;
      int y0 = b.height;
      int x1 = 0;
      int y1 = 0;
      while (top > 0) {
        int p = stack[--top];
        int x = p % b.width;
        int y = p / b.width;
        area++;
        x0 = Math.min(x0, x);
        y0 = Math.min(y0, y);
        x1 = Math.max(x1, x + 1);
        y1 = Math.max(y1, y + 1);
        for (int dy = -1; dy <= 1; dy++) {
          for (int dx = -1; dx <= 1; dx++) {
            if (!diagonal && dx != 0 && dy != 0) {
              continue;
            }
            int nx = x + dx;
            int ny = y + dy;
            if (nx >= 0 && ny >= 0 && nx < b.width && ny < b.height) {
              int q = ny * b.width + nx;
              if (b.ink[q] != 0 && label[q] == 0) {
                label[q] = id;
                stack[top++] = q;
              }
            }
          }
        }
      }
      blobs.add(new Blob(area, x0, y0, x1, y1));
    }
    return blobs;
  }

  /**
   * Clears pieces of at most {@code speck} pixels unless they lie within {@code reach} pixels of a larger piece and
   * level with it (a decimal point, the dot of a Chinese comma), and returns the pieces left. A speck just above or
   * below a glyph belongs to no character; kept, it stretches the box and joins two lines of a cell into one.
   */
  static List<Blob> clearSpecks(Bitmap b, int speck, int reach) {
    List<Blob> all = find(b);
    List<Blob> big = all.stream().filter(x -> x.area() > speck).toList();
    List<Blob> kept = new ArrayList<>(big);
    for (Blob s : all) {
      if (s.area() > speck) {
        continue;
      }
      if (big.stream().anyMatch(x -> x.gap(s) <= reach && s.y0() < x.y1() && s.y1() > x.y0())) {
        kept.add(s);
      } else {
        for (int y = s.y0(); y < s.y1(); y++) {
          for (int x = s.x0(); x < s.x1(); x++) {
            b.set(x, y, false);
          }
        }
      }
    }
    return kept;
  }
}
