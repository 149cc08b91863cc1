package io.gongkai.ingest.ocr;

/**
 * Ink printed several times side by side. Tesseract's line recogniser reads by context and has little for a lone
 * glyph (a 0 comes back as D or 9); the same glyph three times over is a line it reads well, and a reading that is
 * not the same three times shows that it guessed.
 */
final class Repeat {
  private Repeat() {}

  /** {@code times} copies of {@code ink} a quarter of its height apart. */
  static Bitmap of(Bitmap ink, int times) {
    int gap = Math.max(2, ink.height / 4);
    Bitmap out = new Bitmap(times * ink.width + (times - 1) * gap, ink.height);
    for (int k = 0; k < times; k++) {
      int x0 = k * (ink.width + gap);
      for (int y = 0; y < ink.height; y++) {
        System.arraycopy(ink.ink, y * ink.width, out.ink, y * out.width + x0, ink.width);
      }
    }
    return out;
  }
}
