package io.gongkai.ingest.word;

import io.gongkai.ingest.Blanks;
import java.util.List;
import java.util.stream.Collectors;

/** Trimming shared by the Word readers, so that DOCX and DOC give the same text for the same page. */
final class WordText {
  private WordText() {}

  /**
   * A cell's text from its lines (paragraphs, or the cells of a table nested in it): each trimmed, blank ones
   * dropped, joined by {@code \n}.
   */
  static String cell(List<String> lines) {
    return lines.stream().map(Blanks::trim).filter(l -> !l.isEmpty()).collect(Collectors.joining("\n"));
  }
}
