package io.gongkai.schema;

import java.util.Arrays;

/** The template edition a report follows (SPEC §2). */
public enum Edition {
  /** 国办公开办函〔2019〕60号: reports for 2019 and 2020. */
  E2019("2019"),
  /** 国办公开办函〔2021〕30号: reports for 2021 on. */
  E2021("2021"),
  /** The old regime (2007 条例): no uniform tables, so no cells. */
  PRE2019("pre2019"),
  /** Neither the tables nor the year tell. */
  UNKNOWN("unknown");

  private final String code;

  Edition(String code) {
    this.code = code;
  }

  /** The public name used in JSON and on the command line. */
  public String code() {
    return code;
  }

  /** Whether this edition has statistical tables, and so cells. */
  public boolean hasTables() {
    return this == E2019 || this == E2021;
  }

  /** The edition that applies to a report year (SPEC §2). */
  public static Edition forYear(int year) {
    if (year <= 2018) {
      return PRE2019;
    }
    return year <= 2020 ? E2019 : E2021;
  }

  /** Looks an edition up by its public name. */
  public static Edition ofCode(String code) {
    return Arrays.stream(values())
        .filter(e -> e.code.equals(code))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown edition: " + code));
  }
}
