package io.gongkai.ingest.word;

import java.util.List;
import java.util.stream.Collectors;

/** Trimming shared by the Word readers, so that DOCX and DOC give the same text for the same page. */
final class WordText {
  private WordText() {}

  /**
   * The text without leading and trailing blanks. Word documents indent with ideographic spaces (U+3000) and
   * pad cells with no-break spaces, which {@link String#strip()} alone does not remove.
   */
  static String trim(String s) {
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

  /**
   * A cell's text from its lines (paragraphs, or the cells of a table nested in it): each trimmed, blank ones
   * dropped, joined by {@code \n}.
   */
  static String cell(List<String> lines) {
    return lines.stream().map(WordText::trim).filter(l -> !l.isEmpty()).collect(Collectors.joining("\n"));
  }

  private static boolean isBlank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
  }
}
