package io.gongkai.stats;

import io.gongkai.output.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Statistics as aligned tables for a terminal, Chinese first: applications, reviews and lawsuits; the outcome mix;
 * error rates by rule. A figure some reports were left out of is followed by {@code (-n)}.
 */
public final class StatsText {
  private final Language l;

  /** Text in {@code language}. */
  public StatsText(Language language) {
    this.l = language;
  }

  /** The whole text. */
  public String render(StatsResult s) {
    StringBuilder out = new StringBuilder(heading(s)).append("\n\n");
    out.append(l.pick("申请、行政复议和行政诉讼", "applications, reviews and lawsuits")).append('\n');
    table(s, List.of(l.pick("报告", "reports"), l.pick("新收申请", "received"), l.pick("上年结转", "carried over"),
        l.pick("复议/百件申请", "reviews per 100"), l.pick("诉讼/百件申请", "lawsuits per 100")),
        g -> List.of(Long.toString(g.reports()), sum(g.received()), sum(g.carriedOver()), rate(g.reviewsPer100()),
            rate(g.lawsuitsPer100())), out);
    out.append('\n').append(l.pick("办理结果占（七）总计的比例", "outcomes as shares of the total processed"))
        .append('\n');
    outcomes(s, out);
    if (!s.rules().isEmpty()) {
      out.append('\n').append(l.pick("错误率（有该规则错误级问题的报告占比）",
          "error rate by rule (share of reports with an error-level finding of it)")).append('\n');
      table(s, s.rules(), g -> s.rules().stream().map(r -> percent(g.errorRates().getOrDefault(r, 0.0))).toList(), out);
    }
    out.append('\n').append(l.pick("(-n)：有 n 份报告未计入：所需单元格不确定或缺失，或（七）总计与各项办理结果之和不符；"
        + "空白单元格按 0 计。", "(-n): n reports left out: a cell needed was uncertain or missing, or (outcomes) the"
        + " printed total processed differs from the sum of the outcomes; blank cells count as 0.")).append('\n');
    return out.toString();
  }

  private String heading(StatsResult s) {
    String zh = "统计：" + s.all().reports() + " 份报告"
        + (s.by().isEmpty() ? "" : "，按" + String.join("、", s.by().stream().map(GroupBy::zh).toList()))
        + (s.rollups().isEmpty() ? "" : "，汇总地区 " + String.join("、", s.rollups()));
    String en = "statistics: " + s.all().reports() + " reports"
        + (s.by().isEmpty() ? "" : ", by " + String.join(", ", s.by().stream().map(GroupBy::key).toList()))
        + (s.rollups().isEmpty() ? "" : ", regions rolled up: " + String.join(", ", s.rollups()));
    return l.pick(zh, en);
  }

  private void outcomes(StatsResult s, StringBuilder out) {
    List<String> header = new ArrayList<>(List.of(l.pick("已办理", "processed")));
    for (Outcome o : Outcome.values()) {
      header.add(l.pick(o.zh(), o.en()));
    }
    header.add(l.pick("未公开", "not disclosed"));
    table(s, header, g -> {
      List<String> row = new ArrayList<>(List.of(g.processed().total()
          + leftOut(g.processed().leftOut() + g.inconsistent())));
      g.shares().values().forEach(v -> row.add(percent(v)));
      row.add(percent(g.notDisclosed()));
      return row;
    }, out);
  }

  private void table(StatsResult s, List<String> header, Function<GroupStats, List<String>> cells, StringBuilder out) {
    List<String> head = new ArrayList<>(s.by().stream().map(g -> l.pick(g.zh(), g.key())).toList());
    int labels = Math.max(1, head.size());
    if (head.isEmpty()) {
      head.add("");
    }
    head.addAll(header);
    TextTable t = new TextTable(head, labels);
    if (!s.by().isEmpty()) {
      for (GroupStats g : s.groups()) {
        List<String> row = new ArrayList<>(keys(s, g));
        row.addAll(cells.apply(g));
        t.row(row);
      }
    }
    List<String> total = new ArrayList<>();
    total.add(l.pick("合计", "all"));
    for (int i = 1; i < labels; i++) {
      total.add("");
    }
    total.addAll(cells.apply(s.all()));
    t.row(total);
    t.renderTo(out);
  }

  private List<String> keys(StatsResult s, GroupStats g) {
    List<String> keys = new ArrayList<>();
    String none = l.pick("（无）", "(none)");
    for (GroupBy by : s.by()) {
      keys.add(switch (by) {
        case REGION -> g.group().region() == null ? none : g.group().region();
        case LEVEL -> g.group().level() == null ? none : l.pick(g.group().level().zh(), g.group().level().code());
        case YEAR -> String.valueOf(g.group().year());
      });
    }
    return keys;
  }

  private static String sum(GroupStats.Sum s) {
    return s.total() + leftOut(s.leftOut());
  }

  private static String rate(GroupStats.Rate r) {
    return (r.value() == null ? "—" : String.format(Locale.ROOT, "%.1f", r.value())) + leftOut(r.leftOut());
  }

  private static String percent(Double share) {
    return share == null ? "—" : String.format(Locale.ROOT, "%.1f%%", 100 * share);
  }

  private static String leftOut(long n) {
    return n == 0 ? "" : " (-" + n + ")";
  }
}
