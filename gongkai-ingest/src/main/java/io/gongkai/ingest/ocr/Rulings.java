package io.gongkai.ingest.ocr;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds ruling lines: runs of ink much longer than any text stroke and thin, which is what a morphological opening
 * with a long kernel keeps. Runs may have small gaps (scanner dropouts, JPEG blur); runs on neighbouring rows that
 * overlap are one line, so a line left a pixel off level by deskewing is still one line.
 */
final class Rulings {
  private Rulings() {}

  /** Horizontal lines at least {@code minLength} long and at most {@code maxThickness} thick. */
  static List<Segment> horizontal(Bitmap b, int minLength, int maxGap, int maxThickness) {
    List<Open> open = new ArrayList<>();
    List<Segment> done = new ArrayList<>();
    for (int y = 0; y < b.height; y++) {
      List<int[]> runs = runs(b, y, minLength, maxGap);
      List<Open> next = new ArrayList<>();
      for (int[] run : runs) {
        Open match = null;
        for (Open o : open) {
          if (o.overlaps(run[0], run[1])) {
            match = o;
            break;
          }
        }
        if (match == null) {
          match = new Open(y, run[0], run[1]);
        } else {
          open.remove(match);
          match.extend(y, run[0], run[1]);
        }
        next.add(match);
      }
      for (Open o : open) {
        if (y - o.lastY > 1) {
          o.finish(done, maxThickness);
        } else {
          next.add(o);
        }
      }
      open = next;
    }
    open.forEach(o -> o.finish(done, maxThickness));
    return done;
  }

  /** Vertical lines, found as horizontal lines of the transposed page. */
  static List<Segment> vertical(Bitmap b, int minLength, int maxGap, int maxThickness) {
    Bitmap t = new Bitmap(b.height, b.width);
    for (int y = 0; y < b.height; y++) {
      for (int x = 0; x < b.width; x++) {
        t.ink[x * b.height + y] = b.ink[y * b.width + x];
      }
    }
    return horizontal(t, minLength, maxGap, maxThickness);
  }

  private static List<int[]> runs(Bitmap b, int y, int minLength, int maxGap) {
    List<int[]> runs = new ArrayList<>();
    int row = y * b.width;
    int x = 0;
    while (x < b.width) {
      if (b.ink[row + x] == 0) {
        x++;
        continue;
      }
      int start = x;
      int last = x;
      while (x < b.width && x - last <= maxGap + 1) {
        if (b.ink[row + x] != 0) {
          last = x;
        }
        x++;
      }
      if (last - start + 1 >= minLength) {
        runs.add(new int[] {start, last});
      }
      x = last + 1;
    }
    return runs;
  }

  /** A line still growing row by row. */
  private static final class Open {
    final int firstY;
    int lastY;
    int start;
    int end;
    long weightedY;
    int rows;

    Open(int y, int start, int end) {
      this.firstY = y;
      this.lastY = y - 1;
      this.start = start;
      this.end = end;
      extend(y, start, end);
    }

    boolean overlaps(int s, int e) {
      int shorter = Math.min(e - s, end - start) + 1;
      return Math.min(e, end) - Math.max(s, start) + 1 >= shorter / 2;
    }

    void extend(int y, int s, int e) {
      lastY = y;
      start = Math.min(start, s);
      end = Math.max(end, e);
      weightedY += y;
      rows++;
    }

    void finish(List<Segment> done, int maxThickness) {
      int thickness = lastY - firstY + 1;
      // Thick runs are filled areas (shading, a black bar, a bold glyph row), not rulings.
      if (thickness <= maxThickness) {
        done.add(new Segment((int) Math.round((double) weightedY / rows), start, end, thickness));
      }
    }
  }
}
