package io.gongkai.stats;

import java.util.Arrays;

/** What reports are grouped by. */
public enum GroupBy {
  /** The organ's region as its name prints it (江苏省淮安市洪泽区). */
  REGION("region", "地区"),
  /** The organ's level (省/市/县/乡镇/街道/部门). */
  LEVEL("level", "级别"),
  /** The year the report covers. */
  YEAR("year", "年度");

  private final String key;
  private final String zh;

  GroupBy(String key, String zh) {
    this.key = key;
    this.zh = zh;
  }

  /** The name on the command line and in JSON and CSV. */
  public String key() {
    return key;
  }

  /** The Chinese name. */
  public String zh() {
    return zh;
  }

  /** The grouping named {@code name} (its key or its Chinese name). */
  public static GroupBy of(String name) {
    return Arrays.stream(values()).filter(g -> g.key.equalsIgnoreCase(name.strip()) || g.zh.equals(name.strip()))
        .findFirst().orElseThrow(() -> new IllegalArgumentException(
            "未知分组 unknown grouping: '" + name + "' (region/level/year 地区/级别/年度)"));
  }
}
