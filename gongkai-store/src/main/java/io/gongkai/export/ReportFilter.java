package io.gongkai.export;

import io.gongkai.schema.Edition;
import io.gongkai.store.organ.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Which reports an export or a statistic covers. Empty lists and a null region mean "any".
 *
 * @param region part of an organ's region as its name prints it ({@code 淮安市} matches {@code 江苏省淮安市洪泽区});
 *     organs whose name starts with no administrative unit have no region and match only when this is null
 * @param rules reports having a finding (of any severity) of one of these rules
 */
public record ReportFilter(String region, List<Level> levels, List<Integer> years, List<Edition> editions,
    List<String> rules) {
  /** The earliest and latest report years a range may name: the regulation's reports start in 2008. */
  private static final int FIRST_YEAR = 2000;
  private static final int LAST_YEAR = 2100;

  public ReportFilter {
    region = region == null || region.isBlank() ? null : region.strip();
    levels = List.copyOf(levels);
    years = List.copyOf(new TreeSet<>(years));
    editions = List.copyOf(editions);
    rules = List.copyOf(rules);
    for (Edition e : editions) {
      if (!e.hasTables()) {
        throw new IllegalArgumentException("版本须为 2019 或 2021 edition must be 2019 or 2021: " + e.code());
      }
    }
  }

  /** Every report. */
  public static ReportFilter all() {
    return new ReportFilter(null, List.of(), List.of(), List.of(), List.of());
  }

  /** The same filter for another region (a roll-up). */
  public ReportFilter withRegion(String other) {
    return new ReportFilter(other, levels, years, editions, rules);
  }

  /**
   * Years as the command line gives them: {@code 2021}, {@code 2019-2022} (both ends included) or a comma-separated
   * list of either.
   *
   * @throws IllegalArgumentException naming the bad text
   */
  public static List<Integer> parseYears(String text) {
    List<Integer> years = new ArrayList<>();
    for (String part : text.split(",")) {
      String p = part.strip();
      String[] ends = p.split("-", -1);
      try {
        int from = Integer.parseInt(ends[0].strip());
        int to = ends.length == 2 ? Integer.parseInt(ends[1].strip()) : from;
        if (ends.length > 2 || from > to || from < FIRST_YEAR || to > LAST_YEAR) {
          throw new NumberFormatException();
        }
        for (int y = from; y <= to; y++) {
          years.add(y);
        }
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("年度无效 bad year or range: '" + p + "' (e.g. 2021, 2019-2022)");
      }
    }
    return years;
  }

  /**
   * The region as a LIKE pattern matching it anywhere, with {@code !} as the escape character (a backslash would be
   * read as an escape by JDBI's SQL parser inside the quoted {@code ESCAPE} clause).
   */
  String regionPattern() {
    return "%" + Objects.requireNonNullElse(region, "").replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
  }
}
