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
    String text = normalise(raw.toString());
    raw.setLength(0);
    return text;
  }

  /**
   * The text normalised in one pass, without intermediate strings: blanks at the start of a line are never written,
   * those at its end are cut when the line ends, and a line break is written only before a line that has text. Runs
   * of ordinary characters are copied whole.
   */
  static String normalise(String raw) {
    StringBuilder out = new StringBuilder(raw.length());
    boolean lineStarted = false;
    int i = 0;
    int n = raw.length();
    while (i < n) {
      char c = raw.charAt(i);
      if (c == BREAK) {
        endLine(out, lineStarted);
        lineStarted = false;
        i++;
      } else if (isSourceSpace(c)) {
        int start = i;
        boolean newline = false;
        while (i < n && isSourceSpace(raw.charAt(i))) {
          newline |= raw.charAt(i) == '\n' || raw.charAt(i) == '\r';
          i++;
        }
        char before = start > 0 ? raw.charAt(start - 1) : BREAK;
        char after = i < n ? raw.charAt(i) : BREAK;
        if (lineStarted && !(newline && joins(before, after))) {
          out.append(' ');
        }
      } else {
        int end = i;
        while (end < n && raw.charAt(end) != BREAK && !isSourceSpace(raw.charAt(end))) {
          end++;
        }
        while (!lineStarted && i < end && Blanks.isBlank(raw.charAt(i))) {
          i++;
        }
        if (i < end) {
          out.append(!lineStarted && out.length() > 0 ? "\n" : "").append(raw, i, end);
          lineStarted = true;
        }
        i = end;
      }
    }
    endLine(out, lineStarted);
    return out.toString();
  }

  /** Cuts the blanks at the end of the line being written, if one is. */
  private static void endLine(StringBuilder out, boolean lineStarted) {
    if (lineStarted) {
      int end = out.length();
      while (Blanks.isBlank(out.charAt(end - 1))) {
        end--;
      }
      out.setLength(end);
    }
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
