package io.gongkai.ingest.ocr;

import java.util.List;

/**
 * The reading of one cell or line: its text and, when the reading is not certain, the candidates best first (the text
 * being the first).
 */
record CellText(String text, List<String> candidates) {
  static final CellText EMPTY = new CellText("", List.of());

  CellText {
    candidates = List.copyOf(candidates);
    if (!candidates.isEmpty() && !candidates.get(0).equals(text)) {
      throw new IllegalArgumentException("the text must be the first candidate: " + text + " vs " + candidates);
    }
  }

  static CellText certain(String text) {
    return new CellText(text, List.of());
  }

  static CellText uncertain(List<String> candidates) {
    return new CellText(candidates.get(0), candidates);
  }
}
