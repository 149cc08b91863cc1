package io.gongkai.ingest.pdf;

import io.gongkai.model.Box;

/**
 * One printed character, in PDF points with the origin at the top left of the page.
 *
 * @param text the character(s) the glyph stands for
 * @param x left edge
 * @param baseline the baseline, measured down from the top of the page
 * @param width advance width
 * @param size font size in points; the glyph body is taken as one size high, mostly above the baseline
 * @param vertical whether the font writes top to bottom (Identity-V), so that successive glyphs stack downwards
 * @param spaced whether the PDF drew a space character just before this glyph
 */
record Glyph(String text, double x, double baseline, double width, double size, boolean vertical, boolean spaced) {
  /** How much of the glyph body lies below the baseline. */
  private static final double DESCENT = 0.12;

  double top() {
    return baseline - (1 - DESCENT) * size;
  }

  double bottom() {
    return baseline + DESCENT * size;
  }

  double right() {
    return x + width;
  }

  double centreX() {
    return x + width / 2;
  }

  double centreY() {
    return (top() + bottom()) / 2;
  }

  Box box() {
    return new Box(x, top(), Math.max(0, width), size);
  }
}
