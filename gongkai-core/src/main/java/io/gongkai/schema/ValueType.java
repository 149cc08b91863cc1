package io.gongkai.schema;

/** What a cell holds (the type column of the template). */
public enum ValueType {
  /** A non-negative integer (件, 条, 项). */
  COUNT,
  /** A signed integer (2019 本年增/减). */
  SIGNED,
  /** A non-negative decimal amount in 万元. */
  WAN_YUAN;

  static ValueType ofCode(String code) {
    return valueOf(code.toUpperCase(java.util.Locale.ROOT));
  }
}
