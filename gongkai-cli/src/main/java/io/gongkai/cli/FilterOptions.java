package io.gongkai.cli;

import io.gongkai.export.ReportFilter;
import io.gongkai.schema.Edition;
import io.gongkai.store.organ.Level;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** The filters of {@code export} and {@code stats}: which stored reports they cover. */
final class FilterOptions {
  @Option(names = "--region", paramLabel = "REGION",
      description = "地区：机关名称所含的行政区划，如 淮安市（含其下各区县和部门） region: part of the administrative units an"
          + " organ's name starts with, e.g. 淮安市 (with its districts and departments)")
  String region;

  @Option(names = "--level", paramLabel = "LEVEL", split = ",",
      description = "级别，可重复 level, repeatable: 省 市 县 乡镇 街道 部门 or province city county township subdistrict"
          + " department")
  List<String> levels = new ArrayList<>();

  @Option(names = "--year", paramLabel = "YEAR", split = ",",
      description = "报告年度，可重复或为范围 report year, repeatable or a range: 2021, 2019-2022")
  List<String> years = new ArrayList<>();

  @Option(names = "--edition", paramLabel = "2019|2021", split = ",",
      description = "模板版本 template edition: 2019（国办公开办函〔2019〕60号）或 or 2021（〔2021〕30号）")
  List<String> editions = new ArrayList<>();

  @Option(names = "--rule", paramLabel = "RULE", split = ",",
      description = "只含有该规则问题的报告，可重复 only reports with a finding of this rule (H1, P6…), repeatable")
  List<String> rules = new ArrayList<>();

  /**
   * The filter the options describe.
   *
   * @throws CommandLine.ParameterException quoting a bad value (exit code 2)
   */
  ReportFilter filter(CommandSpec spec) {
    try {
      List<Integer> y = new ArrayList<>();
      years.forEach(t -> y.addAll(ReportFilter.parseYears(t)));
      List<Edition> e = new ArrayList<>();
      for (String code : editions) {
        try {
          e.add(Edition.ofCode(code.strip()));
        } catch (IllegalArgumentException x) {
          throw new IllegalArgumentException("版本须为 2019 或 2021 edition must be 2019 or 2021: '" + code + "'");
        }
      }
      return new ReportFilter(region, levels.stream().map(l -> Level.of(l.strip())).toList(), y, e,
          rules.stream().map(String::strip).toList());
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }
}
