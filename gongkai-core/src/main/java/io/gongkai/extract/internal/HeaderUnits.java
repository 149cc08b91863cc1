package io.gongkai.extract.internal;

import io.gongkai.schema.BlockSpec;
import io.gongkai.schema.ValueType;

/** The money unit a block's header prints ({@code 本年收费金额（单位：万元）}), for amounts printed without one. */
final class HeaderUnits {
  private static final java.util.regex.Pattern YUAN = java.util.regex.Pattern.compile("[(:]\\s*元");

  private HeaderUnits() {}

  static String[] of(String text, BlockSpec block, int from, int to) {
    String header = from < to ? text.substring(from, to) : "";
    String unit = header.contains("万元") ? "万元" : YUAN.matcher(header).find() ? "元" : null;
    String[] units = new String[block.columns().size() * Math.max(1, block.isSideBySide() ? block.rows().size() : 1)];
    for (int i = 0; i < units.length; i++) {
      if (block.columns().get(i % block.columns().size()).type() == ValueType.WAN_YUAN) {
        units[i] = unit;
      }
    }
    return units;
  }
}
