package io.gongkai.store.organ;

import java.util.Arrays;

/** The administrative level of an organ, inferred from its name and editable by a person. */
public enum Level {
  /** 省级: provinces, autonomous regions, municipalities. */
  PROVINCE("province", "省"),
  /** 市级: prefecture-level cities, autonomous prefectures, leagues. */
  CITY("city", "市"),
  /** 县级: counties, districts, banners, county-level cities. */
  COUNTY("county", "县"),
  /** 乡镇: townships and towns. */
  TOWNSHIP("township", "乡镇"),
  /** 街道: sub-district offices. */
  SUBDISTRICT("subdistrict", "街道"),
  /** 部门: a department of a people's government, or any organ that is not a government. */
  DEPARTMENT("department", "部门");

  private final String code;
  private final String zh;

  Level(String code, String zh) {
    this.code = code;
    this.zh = zh;
  }

  /** The name stored in the database and used on the command line. */
  public String code() {
    return code;
  }

  /** The Chinese name (省/市/县/乡镇/街道/部门). */
  public String zh() {
    return zh;
  }

  /** The level named {@code name}: its code ({@code county}) or its Chinese name ({@code 县}). */
  public static Level of(String name) {
    return Arrays.stream(values())
        .filter(l -> l.code.equalsIgnoreCase(name) || l.zh.equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("未知级别 unknown level: " + name
            + " (省/市/县/乡镇/街道/部门 or province/city/county/township/subdistrict/department)"));
  }

  /** The level below this one in the chain of units (a 市 inside a 市 is county-level). */
  Level below() {
    return switch (this) {
      case PROVINCE -> CITY;
      case CITY -> COUNTY;
      default -> TOWNSHIP;
    };
  }
}
