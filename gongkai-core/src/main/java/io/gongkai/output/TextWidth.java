package io.gongkai.output;

/**
 * Display width of text in a terminal: East Asian wide and full-width characters take two columns, everything else
 * one. Without it, columns of Chinese labels drift by one column per character.
 */
public final class TextWidth {
  private TextWidth() {}

  /** Columns {@code s} takes in a terminal. */
  public static int of(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      w += isWide(cp) ? 2 : 1;
      i += Character.charCount(cp);
    }
    return w;
  }

  /** Unicode East Asian Width W and F ranges that occur in Chinese text (UAX #11, abridged). */
  static boolean isWide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F)
        || (cp >= 0x2E80 && cp <= 0x303E)
        || (cp >= 0x3041 && cp <= 0x33FF)
        || (cp >= 0x3400 && cp <= 0x4DBF)
        || (cp >= 0x4E00 && cp <= 0x9FFF)
        || (cp >= 0xA000 && cp <= 0xA4CF)
        || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F)
        || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6)
        || (cp >= 0x20000 && cp <= 0x3FFFD);
  }

  /** {@code s} padded with spaces to {@code width} columns. */
  public static String padRight(String s, int width) {
    return s + " ".repeat(Math.max(0, width - of(s)));
  }

  /** {@code s} preceded by spaces to {@code width} columns. */
  public static String padLeft(String s, int width) {
    return " ".repeat(Math.max(0, width - of(s))) + s;
  }

  /** {@code s} cut to at most {@code max} columns, ending in an ellipsis when cut. */
  static String truncate(String s, int max) {
    if (of(s) <= max) {
      return s;
    }
    StringBuilder b = new StringBuilder();
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int cw = isWide(cp) ? 2 : 1;
      if (w + cw > max - 1) {
        break;
      }
      b.appendCodePoint(cp);
      w += cw;
      i += Character.charCount(cp);
    }
    return b.append('…').toString();
  }
}
