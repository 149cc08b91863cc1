package io.gongkai.ingest.ocr;

import java.util.List;

/**
 * Checks a read digit against the holes of the piece of ink it was read from. Tesseract reads a lone small 0 as 9 or
 * 6 with high confidence in every mode; the glyphs differ in their holes: a 0 has one tall hole, a 6 or 9 one short
 * hole low or high, an 8 two, and 1, 2, 3, 5, 7 none. A reading whose holes do not match is not certain.
 */
final class Holes {
  private Holes() {}

  /** Whether each digit of {@code number} fits the piece it was read from (pieces left to right). */
  static boolean fit(String number, Bitmap ink, List<Blobs.Blob> pieces) {
    List<Blobs.Blob> sorted = pieces.stream().sorted(java.util.Comparator.comparingInt(Blobs.Blob::x0)).toList();
    String digits = number.replaceAll("^[+-]", "");
    int offset = number.length() - digits.length();
    if (!digits.matches("[0-9]+") || sorted.size() != number.length()) {
      return true;
    }
    for (int i = 0; i < digits.length(); i++) {
      if (!fits(digits.charAt(i), ink.crop(sorted.get(offset + i).x0(), sorted.get(offset + i).y0(),
          sorted.get(offset + i).x1(), sorted.get(offset + i).y1()))) {
        return false;
      }
    }
    return true;
  }

  private static boolean fits(char digit, Bitmap glyph) {
    Bitmap background = new Bitmap(glyph.width, glyph.height);
    for (int i = 0; i < glyph.ink.length; i++) {
      background.ink[i] = (byte) (1 - glyph.ink[i]);
    }
    // Background pieces not touching the edge are holes; specks of a pixel or two are noise.
    List<Blobs.Blob> holes = Blobs.find(background, false).stream()
        .filter(b -> b.x0() > 0 && b.y0() > 0 && b.x1() < glyph.width && b.y1() < glyph.height && b.area() > 2)
        .toList();
    double h = glyph.height;
    return switch (digit) {
      case '0' -> holes.size() == 1 && (holes.get(0).y1() - holes.get(0).y0()) >= 0.45 * h;
      case '6' -> holes.size() == 1 && (holes.get(0).y0() + holes.get(0).y1()) / 2.0 > 0.55 * h;
      case '9' -> holes.size() == 1 && (holes.get(0).y0() + holes.get(0).y1()) / 2.0 < 0.45 * h;
      case '8' -> holes.size() == 2;
      case '1', '2', '3', '5', '7' -> holes.isEmpty();
      default -> true;
    };
  }
}
