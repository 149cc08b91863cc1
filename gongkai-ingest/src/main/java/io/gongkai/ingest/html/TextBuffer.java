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
    while (i < raw.length()) {
      char c = raw.charAt(i);
      if (c == BREAK) {
        endLine(out, lineStarted);
        lineStarted = false;
        i++;
      } else if (isSourceSpace(c)) {
        int end = i;
        while (end < raw.length() && isSourceSpace(raw.charAt(end))) {
          end++;
        }
        if (lineStarted && !isWrap(raw, i, end)) {
          out.append(' ');
        }
        i = end;
      } else {
        int end = i;
        while (end < raw.length() && raw.charAt(end) != BREAK && !isSourceSpace(raw.charAt(end))) {
          end++;
        }
        lineStarted = appendText(out, raw, i, end, lineStarted);
        i = end;
      }
    }
    endLine(out, lineStarted);
    return out.toString();
  }

  /** Whether the run of source whitespace {@code raw[start, end)} is where the HTML wraps, which shows as nothing. */
  private static boolean isWrap(String raw, int start, int end) {
    boolean newline = false;
    for (int k = start; k < end; k++) {
      newline |= raw.charAt(k) == '\n' || raw.charAt(k) == '\r';
    }
    char before = start > 0 ? raw.charAt(start - 1) : BREAK;
    char after = end < raw.length() ? raw.charAt(end) : BREAK;
    return newline && joins(before, after);
  }

  /**
   * Appends the text {@code raw[start, end)}, without its leading blanks when it would start a line, after a line
   * break when lines came before; gives whether a line is started after it.
   */
  private static boolean appendText(StringBuilder out, String raw, int start, int end, boolean lineStarted) {
    int from = start;
    while (!lineStarted && from < end && Blanks.isBlank(raw.charAt(from))) {
      from++;
    }
    if (from == end) {
      return lineStarted;
    }
    out.append(!lineStarted && out.length() > 0 ? "\n" : "").append(raw, from, end);
    return true;
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
