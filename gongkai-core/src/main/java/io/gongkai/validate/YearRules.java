package io.gongkai.validate;

import io.gongkai.model.Finding;
import io.gongkai.model.Reading;
import io.gongkai.model.Section;
import io.gongkai.model.Severity;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * P7, year consistency: a narrative that speaks of another year as the current one (text carried over from an older
 * report), a statistical period that is not the report year, and a publication date before the year ended or after
 * the statutory deadline for the organ's type (条例 Art. 49, SPEC §1.2).
 */
final class YearRules {
  /** "2019年截至目前…": a year used as the running period. Historic mentions (2019年以来, 较2019年) are left alone. */
  private static final Pattern RUNNING_YEAR =
      Pattern.compile("(\\d{4})\\s*年\\s*度?\\s*[，,]?\\s*(?:截至|截止)\\s*(?:目前|今|当前|现在)");
  private static final Pattern PERIOD = Pattern.compile(
      "(\\d{4})\\s*年\\s*1\\s*月\\s*1\\s*日\\s*起?\\s*(?:至|到|—|-|~|～)\\s*(?:(\\d{4})\\s*年\\s*)?12\\s*月\\s*31\\s*日");
  private static final MonthDay DEPARTMENTS = MonthDay.of(1, 31);
  private static final MonthDay GOVERNMENTS = MonthDay.of(3, 31);

  private YearRules() {}

  static List<Finding> check(Sheet sheet) {
    Reading r = sheet.reading();
    if (r.year() == null) {
      return List.of();
    }
    List<Finding> out = new ArrayList<>(runningYears(sheet, r));
    out.addAll(periods(sheet, r));
    out.addAll(publication(r));
    return out;
  }

  private static List<Finding> runningYears(Sheet sheet, Reading r) {
    Section general = r.section("一");
    Set<Finding> out = new LinkedHashSet<>();
    String text = sheet.simplified(general == null ? null : general.text());
    for (MatchResult m : Scan.matches(RUNNING_YEAR, text, Scan.fourDigits(text))) {
      int said = Integer.parseInt(m.group(1));
      // The publication year may legitimately be "now" in a report written after the year ended.
      if (said != r.year() && said != r.year() + 1) {
        out.add(new Finding("P7", Severity.WARNING, List.of(), String.valueOf(r.year()), String.valueOf(said),
            "总体情况写有“" + m.group() + "”，与报告年度" + r.year() + "年不符，疑沿用往年文字",
            "Section 一 says \"" + m.group() + "\" in a report for " + r.year()
                + "; text copied from an earlier report?"));
      }
    }
    return List.copyOf(out);
  }

  private static List<Finding> periods(Sheet sheet, Reading r) {
    Set<Finding> out = new LinkedHashSet<>();
    String text = r.text();
    if (text.indexOf("12") < 0) {
      return List.of(); // no period is stated (…12月31日): spare the scan
    }
    String simplified = sheet.simplified(text);
    for (MatchResult m : Scan.matches(PERIOD, simplified, Scan.fourDigits(simplified))) {
      int from = Integer.parseInt(m.group(1));
      int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
      if (from != r.year() || to != r.year()) {
        out.add(new Finding("P7", Severity.WARNING, List.of(), String.valueOf(r.year()),
            from == to ? String.valueOf(from) : from + "-" + to,
            "统计期限“" + m.group() + "”与报告年度" + r.year() + "年不符",
            "The statistical period \"" + m.group() + "\" is not the report year " + r.year()));
      }
    }
    return List.copyOf(out);
  }

  private static List<Finding> publication(Reading r) {
    LocalDate published = r.published();
    if (published == null) {
      return List.of();
    }
    int year = r.year();
    if (!published.isAfter(LocalDate.of(year, 12, 31))) {
      return List.of(new Finding("P7", Severity.ERROR, List.of(), "> " + year + "-12-31", published.toString(),
          "发布日期" + published + "早于报告年度" + year + "年结束",
          "Published on " + published + ", before the year " + year + " it reports on had ended"));
    }
    Organ organ = Organ.of(r.agency());
    if (organ.township()) {
      return List.of(); // township and street-office deadlines are set locally (SPEC §1.2)
    }
    // Before the 2019 revision every organ had until 31 March; an unnamed organ gets the later deadline.
    boolean department = year >= 2019 && r.agency() != null && !organ.government();
    LocalDate deadline = (department ? DEPARTMENTS : GOVERNMENTS).atYear(year + 1);
    if (!published.isAfter(deadline)) {
      return List.of();
    }
    return List.of(new Finding("P7", Severity.WARNING, List.of(), "<= " + deadline, published.toString(),
        "发布日期" + published + "晚于" + (department ? "政府部门" : "人民政府") + "的法定期限" + deadline
            + "（条例第四十九条）",
        "Published on " + published + ", after the statutory deadline " + deadline + " for "
            + (department ? "government departments" : "people's governments") + " (Art. 49)"));
  }
}
