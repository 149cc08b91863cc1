package io.gongkai.validate;

import java.math.BigDecimal;

/** How the two sides of a rule expression must compare. */
enum Op {
  EQ(""),
  LE("≤ "),
  GE("≥ ");

  private final String prefix;

  Op(String prefix) {
    this.prefix = prefix;
  }

  boolean holds(BigDecimal actual, BigDecimal expected) {
    return holds(actual.compareTo(expected));
  }

  /** Whether the relation holds given how the actual side compares with the expected (as {@code compareTo}). */
  boolean holds(int c) {
    return switch (this) {
      case EQ -> c == 0;
      case LE -> c <= 0;
      case GE -> c >= 0;
    };
  }

  /** The expected side as a finding states it: the value for an identity, the bound for an inequality. */
  String expected(BigDecimal expected) {
    return prefix + Domain.show(expected);
  }
}
