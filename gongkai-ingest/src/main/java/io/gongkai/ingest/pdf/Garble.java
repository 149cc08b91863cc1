package io.gongkai.ingest.pdf;

/**
 * Tells text that could not be decoded from text that was. Fonts without a ToUnicode map come out as U+FFFD,
 * private-use code points or control characters, or (for composite fonts) as nothing at all, which the caller counts
 * as undecodable glyphs.
 */
final class Garble {
  /** Share of bad characters above which a page is read by OCR; symbol bullets in private use stay well below. */
  static final double LIMIT = 0.1;

  private Garble() {}

  /** Whether the text is mostly undecodable. */
  static boolean isGarbled(String text) {
    return isGarbled(text, 0, 0);
  }

  /**
   * Whether a page's text is mostly undecodable.
   *
   * @param text the characters extracted
   * @param undecoded glyphs drawn on the page that gave no characters
   * @param drawn all glyphs drawn (0 when unknown)
   */
  static boolean isGarbled(String text, int undecoded, int drawn) {
    int total = 0;
    int bad = undecoded;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        continue;
      }
      total++;
      if (isBad(cp)) {
        bad++;
      }
    }
    int all = Math.max(total + undecoded, drawn);
    return all > 0 && bad > LIMIT * all;
  }

  /** A replacement character, a private-use code point or a control character. */
  static boolean isBad(int cp) {
    return cp == 0xFFFD || (cp >= 0xE000 && cp <= 0xF8FF) || (cp >= 0xF0000) || Character.isISOControl(cp);
  }
}
