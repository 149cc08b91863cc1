package io.gongkai.validate;

import java.math.BigDecimal;

/**
 * A cell as a rule sees it: a number, a blank (counted as 0 in the first evaluation), or unknown (uncertain,
 * unreadable or missing), in which case an identity cannot be assessed.
 *
 * @param value the number; zero for a blank; null when unknown
 * @param whole the number when it is whole and fits a long (most cells are counts), so sums need no BigDecimal
 * @param isWhole whether {@code whole} holds the value
 */
record Operand(Kind kind, BigDecimal value, long whole, boolean isWhole) {
  /** How a rule may use the cell. */
  enum Kind {
    NUMBER,
    BLANK,
    /** Uncertain, or an ok value that does not parse (H5 reports it). */
    UNKNOWN,
    MISSING
  }

  static final Operand BLANK = new Operand(Kind.BLANK, BigDecimal.ZERO, 0, true);
  static final Operand UNKNOWN = new Operand(Kind.UNKNOWN, null, 0, false);
  static final Operand MISSING = new Operand(Kind.MISSING, null, 0, false);

  /** The counts most cells hold, shared: 0 to 99. */
  private static final Operand[] SMALL = new Operand[100];

  static {
    for (int i = 0; i < SMALL.length; i++) {
      SMALL[i] = new Operand(Kind.NUMBER, BigDecimal.valueOf(i), i, true);
    }
  }

  static Operand number(BigDecimal value) {
    boolean whole = value.scale() <= 0 && value.abs().compareTo(LIMIT) < 0
        || value.stripTrailingZeros().scale() <= 0 && value.abs().compareTo(LIMIT) < 0;
    return new Operand(Kind.NUMBER, value, whole ? value.longValue() : 0, whole);
  }

  /** Sums of up to a few hundred such values cannot overflow a long. */
  private static final BigDecimal LIMIT = BigDecimal.valueOf(1_000_000_000_000_000L);

  /** A whole number. */
  static Operand number(long value) {
    return value >= 0 && value < SMALL.length ? SMALL[(int) value]
        : new Operand(Kind.NUMBER, BigDecimal.valueOf(value), value, Math.abs(value) < 1_000_000_000_000_000L);
  }

  boolean isKnown() {
    return kind == Kind.NUMBER || kind == Kind.BLANK;
  }
}
