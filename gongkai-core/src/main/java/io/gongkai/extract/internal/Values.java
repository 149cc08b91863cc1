package io.gongkai.extract.internal;

import io.gongkai.schema.ValueType;
import java.math.BigDecimal;
import java.util.List;

/**
 * Turns printed cell text into the public value form (OUTPUT.md): plain integers, {@code +1} → {@code 1}, money in
 * 万元 as an exact decimal ({@code 251000元} → {@code 25.1}). A money amount printed without a unit, where the header
 * does not give one either, has two readings.
 */
final class Values {
  private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

  private Values() {}

  /** The readings of a printed piece: one value, or two when the money unit is unknown; empty for a blank. */
  static List<String> readings(Piece piece, ValueType type, String headerUnit) {
    if (piece.blank()) {
      return List.of();
    }
    String text = piece.text();
    String unit = text.endsWith("万元") ? "万元" : text.endsWith("元") ? "元" : null;
    String number = numberPart(text);
    if (type != ValueType.WAN_YUAN) {
      return List.of(number.startsWith("+") ? number.substring(1) : number);
    }
    BigDecimal amount = new BigDecimal(number.startsWith("+") ? number.substring(1) : number);
    String effective = unit != null ? unit : headerUnit;
    if ("元".equals(effective)) {
      return List.of(plain(amount.divide(TEN_THOUSAND)));
    }
    if ("万元".equals(effective) || amount.signum() == 0) {
      return List.of(plain(amount));
    }
    return List.of(plain(amount), plain(amount.divide(TEN_THOUSAND)));
  }

  /** The sign, digits and decimal point of a printed number, without its unit. */
  private static String numberPart(String text) {
    int end = 0;
    while (end < text.length() && "0123456789.+-".indexOf(text.charAt(end)) >= 0) {
      end++;
    }
    return text.substring(0, end);
  }

  /** The value as a number for identities; a blank counts as 0 (SPEC §7: blanks = 0 is one of the two readings). */
  static BigDecimal number(String value) {
    return value == null ? BigDecimal.ZERO : new BigDecimal(value);
  }

  private static String plain(BigDecimal d) {
    BigDecimal s = d.stripTrailingZeros();
    return s.signum() == 0 ? "0" : s.toPlainString();
  }
}
