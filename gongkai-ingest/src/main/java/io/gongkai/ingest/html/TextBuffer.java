package io.gongkai.ingest.html;

import io.gongkai.ingest.Blanks;

/**
 * Collects the text of HTML nodes as a browser shows it: runs of source whitespace become one space, and {@code <br>}
 * or a block boundary becomes a line break. A source line break between Chinese characters or inside a number is
 * dropped rather than shown as a space: Word wraps its HTML there, and a number split over {@code <span>}s must join
 * up as printed. Lines are trimmed of spaces, {@code &nbsp;} and ideographic spaces; empty lines are dropped.
 */
final class TextBuffer {
  /** A hard line break, kept apart from source whitespace until the end; a private-use character. */
  private static final char BREAK = '\uE000';

  private final StringBuilder raw = new StringBuilder();

  void text(String s) {
    raw.append(s);
  }

  void lineBreak() {
    raw.append(BREAK);
  }

  /** The text so far, normalised, and an empty buffer. */
  String take() {
    String text = normalise(raw);
    raw.setLength(0);
    return text;
  }

  static String normalise(CharSequence raw) {
    String collapsed = collapse(raw);
    StringBuilder out = new StringBuilder(collapsed.length());
    int start = 0;
    while (start <= collapsed.length()) {
      int end = collapsed.indexOf(BREAK, start);
      end = end < 0 ? collapsed.length() : end;
      appendLine(out, collapsed, start, end);
      start = end + 1;
    }
    return out.toString();
  }

  /** Appends the line {@code s[from, to)}, trimmed of blanks, after a line break when lines came before; empty: none. */
  private static void appendLine(StringBuilder out, String s, int from, int to) {
    int start = from;
    int end = to;
    while (start < end && Blanks.isBlank(s.charAt(start))) {
      start++;
    }
    while (end > start && Blanks.isBlank(s.charAt(end - 1))) {
      end--;
    }
    if (start < end) {
      out.append(out.length() > 0 ? "\n" : "").append(s, start, end);
    }
  }

  private static String collapse(CharSequence s) {
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (!isSourceSpace(c)) {
        out.append(c);
        i++;
        continue;
      }
      int start = i;
      boolean newline = false;
      while (i < n && isSourceSpace(s.charAt(i))) {
        newline |= s.charAt(i) == '\n' || s.charAt(i) == '\r';
        i++;
      }
      char before = start > 0 ? s.charAt(start - 1) : BREAK;
      char after = i < n ? s.charAt(i) : BREAK;
      if (!(newline && joins(before, after))) {
        out.append(' ');
      }
    }
    return out.toString();
  }

  /** Whether a source line break between these characters is a wrap in the HTML, not a space in the text. */
  private static boolean joins(char before, char after) {
    return isWide(before) || isWide(after) || (Character.isDigit(before) && Character.isDigit(after));
  }

  private static boolean isWide(char c) {
    return c >= '\u2E80' && c != BREAK && !(c >= '\uE000' && c <= '\uF8FF');
  }

  private static boolean isSourceSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  }

}
