package io.gongkai.ingest.ocr;

import java.util.Comparator;
import java.util.List;

/**
 * The pieces of ink of a one-line cell, as evidence against a reading of it as a whole number. Printed digits are one
 * piece each, so a reading with a digit too few or too many is wrong; two digits printed close may touch and make one
 * piece, but then it is wider than tall. A sign is a piece left of the digits, lower than they are. A digit's holes
 * must match its shape ({@link Holes}).
 */
final class Pieces {
  /**
   * A piece at least this share of the tallest one's height is a digit (or a touching pair); lower is a sign (a plus
   * is about 0.7 of a digit's height).
   */
  private static final double DIGIT_HEIGHT = 0.8;
  /** A single digit is never wider than tall; two touching ones are at least this share of their height wide each. */
  private static final double NARROWEST = 0.4;

  private final Bitmap ink;
  private final List<Blobs.Blob> digits;
  private final boolean signed;

  private Pieces(Bitmap ink, List<Blobs.Blob> digits, boolean signed) {
    this.ink = ink;
    this.digits = digits;
    this.signed = signed;
  }

  /** The pieces larger than {@code speck} pixels of a cell's cropped ink. */
  static Pieces of(Bitmap ink, int speck) {
    List<Blobs.Blob> all = Blobs.find(ink);
    List<Blobs.Blob> big = all.stream().filter(b -> b.area() > speck)
        .sorted(Comparator.comparingInt(Blobs.Blob::x0)).toList();
    int tallest = big.stream().mapToInt(b -> b.y1() - b.y0()).max().orElse(0);
    List<Blobs.Blob> digits = big.stream().filter(b -> b.y1() - b.y0() >= DIGIT_HEIGHT * tallest).toList();
    int firstDigit = digits.isEmpty() ? Integer.MAX_VALUE : digits.get(0).x0();
    // A minus at this size may be no larger than a speck; the specks left in a cell are level with its text.
    boolean signed = all.stream().anyMatch(b -> b.x1() <= firstDigit);
    return new Pieces(ink, digits, signed);
  }

  /**
   * Whether the ink confirms a whole number: one piece per digit, each with the holes of its digit. Stronger than
   * {@link #allow}, which lets touching digits be one piece.
   */
  boolean confirm(String reading) {
    String number = reading.replaceAll("^[+-]", "");
    return allow(reading) && number.length() == digits.size();
  }

  /**
   * Whether the ink allows the reading. Only whole numbers with an optional sign are checked; anything else passes.
   */
  boolean allow(String reading) {
    if (!reading.matches("[+-]?[0-9]+")) {
      return true;
    }
    String number = reading.replaceAll("^[+-]", "");
    if ((number.length() != reading.length()) != signed) {
      return false;
    }
    int least = 0;
    int most = 0;
    for (Blobs.Blob b : digits) {
      int w = b.x1() - b.x0();
      int h = b.y1() - b.y0();
      least += w <= h ? 1 : 2;
      most += w <= h ? 1 : Math.max(2, (int) (w / (NARROWEST * h)));
    }
    if (number.length() < least || number.length() > most) {
      return false;
    }
    return number.length() != digits.size() || Holes.fit(number, ink, digits);
  }
}
