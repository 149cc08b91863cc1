package io.gongkai.cli;

import io.gongkai.export.CsvTableWriter;
import io.gongkai.export.Header;
import io.gongkai.export.ReportFilter;
import io.gongkai.output.Language;
import io.gongkai.stats.GroupBy;
import io.gongkai.stats.Statistics;
import io.gongkai.stats.StatsCsv;
import io.gongkai.stats.StatsJson;
import io.gongkai.stats.StatsResult;
import io.gongkai.stats.StatsText;
import io.gongkai.store.Database;
import io.gongkai.store.DatabaseUnavailableException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gongkai stats}: totals and rates over the stored reports, by region, level and year, and roll-ups. */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description = {
      "统计数据库中的报告：按地区、级别、年度分组的报告数、新收和上年结转申请数、办理结果构成、未公开比例、"
          + "每百件申请的行政复议和行政诉讼数、各规则的错误率；--rollup 汇总一个地区的全部机关。"
          + "只计确定和空白（按 0 计）的单元格，并说明因单元格不确定或缺失而未计入的报告数。",
      "Statistics of the stored reports by region, level and year: reports, applications received and carried over,"
          + " the outcome mix, the share not disclosed, reviews and lawsuits per 100 applications, the error rate by"
          + " rule; --rollup sums all organs of a region. Only cells read with certainty count (blank as 0); the"
          + " reports left out for an uncertain or missing cell are counted."
    },
    footer = {"%n退出码 Exit codes: 0 正常 ok, 1 内部错误 internal error, 2 用法错误 usage,"
        + " 4 无法打开数据库 cannot open the database"})
final class StatsCommand implements Callable<Integer> {
  /** The output formats of the statistics. */
  enum Format { TEXT, JSON, CSV }

  @Spec CommandSpec spec;

  @Mixin DatabaseOptions database = new DatabaseOptions();

  @Mixin FilterOptions filters = new FilterOptions();

  @Option(names = "--by", paramLabel = "KEYS", split = ",", defaultValue = "year",
      description = "分组 group by: region, level, year 的任意组合 any of them, comma-separated (默认 default: year)")
  List<String> by = new ArrayList<>();

  @Option(names = "--rollup", paramLabel = "REGION",
      description = "汇总该地区的全部机关（可重复） sum all organs of this region, e.g. 淮安市 (repeatable)")
  List<String> rollups = new ArrayList<>();

  @Option(names = "--format", paramLabel = "text|json|csv", defaultValue = "text",
      description = "输出格式 output format: text（默认 default）, json, csv")
  Format format;

  @Option(names = "--lang", paramLabel = "zh|en",
      description = "只用一种语言显示 show one language only: zh 中文, en English（默认中英文 default both）")
  Language lang;

  @Override
  public Integer call() {
    ReportFilter filter = filters.filter(spec);
    List<GroupBy> keys;
    try {
      keys = by.stream().filter(b -> !b.isBlank()).map(GroupBy::of).distinct().toList();
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    try (Database db = Database.open(database.location(), 2)) {
      StatsResult s = new Statistics(db).compute(filter, keys, rollups);
      switch (format) {
        case TEXT -> out.print(new StatsText(lang == null ? Language.BOTH : lang).render(s));
        case JSON -> StatsJson.write(s, out);
        case CSV -> StatsCsv.write(s, new CsvTableWriter(out, Header.KEYS));
      }
      out.flush();
      return ExitCode.OK;
    } catch (DatabaseUnavailableException e) {
      spec.commandLine().getErr().println("gongkai: " + e.getMessage());
      return ExitCode.DATABASE;
    }
  }
}
