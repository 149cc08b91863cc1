package io.gongkai.extract.internal;

/**
 * A printed thing inside a row's value region: a number (possibly several cells run together) or a blank mark.
 *
 * @param text the printed characters, unit included ({@code 461.7 万元} keeps its space)
 * @param digits for numbers, the characters that may be cut into several cells (sign and integer digits; the decimal
 *     part and unit stay with the last piece)
 * @param start offset of the first character in the text
 * @param end offset after the last character
 * @param line 0-based line index of {@code start} within the region (for layouts that print one cell per line)
 * @param field 0-based index of the delimiter-separated field the item stands in, or -1
 */
record Item(Kind kind, String text, int start, int end, int line, int field) {
  enum Kind {
    NUMBER,
    BLANK
  }

  boolean isBlank() {
    return kind == Kind.BLANK;
  }
}
