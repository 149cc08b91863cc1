package io.gongkai.ingest;

/**
 * The blank characters of published reports: besides ASCII whitespace, the no-break spaces that pad table cells, the
 * ideographic space (U+3000) that indents Chinese text, and zero-width spaces and BOMs left by editors — which
 * {@link String#strip()} keeps. Format readers trim the texts of paragraphs and cells with it.
 */
public final class Blanks {
  private Blanks() {}

  /** The text without leading and trailing blanks. */
  public static String trim(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isBlank(s.charAt(start))) {
      start++;
    }
    while (end > start && isBlank(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  /** Whether a character prints as nothing. */
  public static boolean isBlank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
  }
}
