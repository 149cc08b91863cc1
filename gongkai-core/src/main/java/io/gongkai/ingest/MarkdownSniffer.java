package io.gongkai.ingest;

/**
 * Tells markdown from plain text by its syntax: an ATX heading ({@code # …}) or a pipe table with its separator row.
 * Plain-text reports use full-width numbering and never start a line with {@code #} or {@code |---|}, so two such
 * signals are enough and cheap to scan for.
 */
final class MarkdownSniffer {
  private MarkdownSniffer() {}

  static boolean looksLikeMarkdown(String text) {
    int start = 0;
    int n = text.length();
    while (start < n) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = n;
      }
      if (isHeading(text, start, end) || isTableSeparator(text, start, end)) {
        return true;
      }
      start = end + 1;
    }
    return false;
  }

  private static boolean isHeading(String s, int start, int end) {
    int i = skipSpaces(s, start, end);
    int hashes = 0;
    while (i < end && s.charAt(i) == '#') {
      hashes++;
      i++;
    }
    return hashes >= 1 && hashes <= 6 && i < end && s.charAt(i) == ' ';
  }

  /** A row like {@code |---|:--:|} or {@code --- | ---}: only pipes, dashes, colons and spaces, with both. */
  private static boolean isTableSeparator(String s, int start, int end) {
    int dashes = 0;
    int pipes = 0;
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (c == '-') {
        dashes++;
      } else if (c == '|') {
        pipes++;
      } else if (c != ':' && c != ' ' && c != '\t' && c != '\r') {
        return false;
      }
    }
    return dashes >= 3 && pipes >= 1;
  }

  private static int skipSpaces(String s, int i, int end) {
    while (i < end && s.charAt(i) == ' ') {
      i++;
    }
    return i;
  }
}
