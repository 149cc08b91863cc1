package io.gongkai.extract.internal;

/**
 * One cell's worth of printed text: a whole item, or a piece of an item whose cells ran together.
 *
 * @param blank whether it is a printed blank mark ({@code /}, {@code -}, {@code 无}…)
 */
record Piece(String text, int start, int end, boolean blank) {

  boolean hasSign() {
    return !text.isEmpty() && (text.charAt(0) == '+' || text.charAt(0) == '-') && text.length() > 1;
  }

  boolean hasDecimalOrUnit() {
    return text.indexOf('.') >= 0 || text.endsWith("元");
  }
}
