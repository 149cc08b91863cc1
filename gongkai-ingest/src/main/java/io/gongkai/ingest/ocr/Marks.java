package io.gongkai.ingest.ocr;

import java.util.List;

/**
 * The marks a report prints in a cell that has nothing to count, as Tesseract reads them, and their shapes. The
 * Chinese model reads a dash as 一, －, -一 or --, which the extractor would take for text, and its digits pass reads
 * a slash as 7; the ink tells: a dash is flat, and a slash has no bar along its top as a 7 has.
 */
final class Marks {
  /** A slash's top rows hold ink across less than this share of its width; a 7's bar spans nearly all of it. */
  private static final double SLASH_TOP = 0.5;

  private Marks() {}

  /** The mark as reports print it: one dash for every run of flat strokes, / for ／; anything else as it is. */
  static String canonical(String reading) {
    if (reading.matches("[-—一－_]{1,3}")) {
      return "—";
    }
    return reading.equals("／") ? "/" : reading;
  }

  /** Whether the reading is a mark, once made canonical. */
  static boolean isMark(String reading) {
    String c = canonical(reading);
    return c.equals("—") || c.equals("/") || c.equals("无");
  }

  /**
   * Whether the ink has the shape of the mark: a dash is one or a few pieces all much wider than tall, a slash one
   * piece without a bar along its top. Says nothing (false) for other marks.
   *
   * @param ink the cell's ink cropped to its bounds
   * @param speck the largest piece of ink that is noise
   */
  static boolean shaped(String mark, Bitmap ink, int speck) {
    List<Blobs.Blob> pieces = Blobs.find(ink).stream().filter(b -> b.area() > speck).toList();
    if (pieces.isEmpty()) {
      return false;
    }
    if (mark.equals("—")) {
      return pieces.stream().allMatch(b -> 3 * (b.y1() - b.y0()) <= b.x1() - b.x0());
    }
    if (mark.equals("/") && pieces.size() == 1 && ink.height > ink.width) {
      int top = Math.max(1, ink.height / 6);
      int x0 = ink.width;
      int x1 = -1;
      for (int y = 0; y < top; y++) {
        for (int x = 0; x < ink.width; x++) {
          if (ink.at(x, y)) {
            x0 = Math.min(x0, x);
            x1 = Math.max(x1, x);
          }
        }
      }
      return x1 - x0 + 1 < SLASH_TOP * ink.width;
    }
    return false;
  }
}
