package io.gongkai.validate;

import java.math.BigDecimal;

/**
 * A cell as a rule sees it: a number, a blank (counted as 0 in the first evaluation), or unknown (uncertain,
 * unreadable or missing), in which case an identity cannot be assessed.
 *
 * @param value the number; zero for a blank; null when unknown
 */
record Operand(Kind kind, BigDecimal value) {
  /** How a rule may use the cell. */
  enum Kind {
    NUMBER,
    BLANK,
    /** Uncertain, or an ok value that does not parse (H5 reports it). */
    UNKNOWN,
    MISSING
  }

  static final Operand BLANK = new Operand(Kind.BLANK, BigDecimal.ZERO);
  static final Operand UNKNOWN = new Operand(Kind.UNKNOWN, null);
  static final Operand MISSING = new Operand(Kind.MISSING, null);

  static Operand number(BigDecimal value) {
    return new Operand(Kind.NUMBER, value);
  }

  boolean isKnown() {
    return kind == Kind.NUMBER || kind == Kind.BLANK;
  }
}
