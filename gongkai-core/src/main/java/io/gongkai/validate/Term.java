package io.gongkai.validate;

/**
 * One cell in a rule expression, added or subtracted, with the name messages use for it.
 *
 * @param cell the cell id ({@code t3.granted.total})
 * @param negated whether the cell is subtracted
 */
record Term(String cell, boolean negated, String labelZh, String labelEn) {
  Term negate() {
    return new Term(cell, !negated, labelZh, labelEn);
  }
}
