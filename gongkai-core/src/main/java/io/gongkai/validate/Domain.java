package io.gongkai.validate;

import io.gongkai.schema.ValueType;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/** The value domains of SPEC §7.1 H5: what a normalised value of each template type may look like. */
final class Domain {
  private static final Pattern COUNT = Pattern.compile("\\d+");
  private static final Pattern SIGNED = Pattern.compile("[+-]?\\d+");
  private static final Pattern WAN_YUAN = Pattern.compile("\\d+(\\.\\d+)?");

  private Domain() {}

  /** The value as an operand: a number, or unknown when it lies outside the type's domain. */
  static Operand operand(String value, ValueType type) {
    if (value != null && isPlainCount(value)) {
      return Operand.number(Long.parseLong(value));
    }
    return parse(value, type).map(Operand::number).orElse(Operand.UNKNOWN);
  }

  /** The number a value stands for, or empty when it lies outside the type's domain. */
  static Optional<BigDecimal> parse(String value, ValueType type) {
    if (value == null) {
      return Optional.empty();
    }
    if (isPlainCount(value)) {
      // The common case, checked without a regex: a short run of digits.
      return Optional.of(BigDecimal.valueOf(Long.parseLong(value)));
    }
    Pattern p = switch (type) {
      case COUNT -> COUNT;
      case SIGNED -> SIGNED;
      case WAN_YUAN -> WAN_YUAN;
    };
    return p.matcher(value).matches() ? Optional.of(new BigDecimal(value)) : Optional.empty();
  }

  private static boolean isPlainCount(String value) {
    if (value.isEmpty() || value.length() > 15) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** The domain in words, for messages. */
  static String describeZh(ValueType type) {
    return switch (type) {
      case COUNT -> "非负整数";
      case SIGNED -> "整数（可带正负号）";
      case WAN_YUAN -> "非负金额（万元）";
    };
  }

  static String describeEn(ValueType type) {
    return switch (type) {
      case COUNT -> "a non-negative integer";
      case SIGNED -> "a signed integer";
      case WAN_YUAN -> "a non-negative amount in wan yuan";
    };
  }

  /** A sum as printed in messages: no exponent, no trailing zeros after a decimal point. */
  static String show(BigDecimal value) {
    return value.scale() > 0 ? value.stripTrailingZeros().toPlainString() : value.toPlainString();
  }
}
