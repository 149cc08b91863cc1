package io.gongkai.ingest.ocr;

import java.util.List;

/**
 * Checks a read digit against the holes of the piece of ink it was read from. Tesseract reads a lone small 0 as 9 or
 * 6 with high confidence in every mode; the glyphs differ in their holes: a 0 has one tall hole, a 6 or 9 one short
 * hole low or high, an 8 two, and 1, 2, 3, 5, 7 none. A reading whose holes do not match is not certain.
 */
final class Holes {
  /** A hole at least this share of the glyph's height is a 0's; a 6's or 9's loop is half the glyph or less. */
  private static final double TALL = 0.55;

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
    // A 0's hole is tall, a 6's or 9's short: a speck stuck to a 0 moves its hole's middle off centre but leaves
    // it tall, so its height, not its place alone, tells a 0 from a 6 or 9.
    boolean tall = holes.size() == 1 && holes.get(0).y1() - holes.get(0).y0() >= TALL * h;
    return switch (digit) {
      case '0' -> tall;
      case '6' -> holes.size() == 1 && !tall && (holes.get(0).y0() + holes.get(0).y1()) / 2.0 > 0.55 * h;
      case '9' -> holes.size() == 1 && !tall && (holes.get(0).y0() + holes.get(0).y1()) / 2.0 < 0.45 * h;
      case '8' -> holes.size() == 2;
      case '1', '2', '3', '5', '7' -> holes.isEmpty();
      default -> true;
    };
  }
}
