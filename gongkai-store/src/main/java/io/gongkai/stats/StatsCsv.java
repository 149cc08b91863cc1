package io.gongkai.stats;

import io.gongkai.export.Column;
import io.gongkai.export.Column.Kind;
import io.gongkai.export.TableWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Statistics as a table, one row per group (the groups only: pooled rates cannot be summed, but the sums and counts
 * they come from can). Shares are fractions, rates per 100 applications received; {@code *_left_out} says how many
 * reports a figure left out. Written through any {@link TableWriter} (CSV with BOM on the command line).
 */
public final class StatsCsv {
  private StatsCsv() {}

  /** Writes {@code s} and closes {@code out}. */
  public static void write(StatsResult s, TableWriter out) {
    try (out) {
      out.begin(columns(s));
      for (GroupStats g : s.groups()) {
        out.row(row(s, g));
      }
    }
  }

  private static List<Column> columns(StatsResult s) {
    List<Column> c = new ArrayList<>();
    for (GroupBy b : s.by()) {
      c.add(new Column(b.key(), b.zh(), b.key(), b == GroupBy.YEAR ? Kind.INTEGER : Kind.TEXT));
    }
    c.add(integer("reports", "报告数"));
    c.add(integer("received", "新收申请"));
    c.add(integer("received_left_out", "新收申请未计入报告数"));
    c.add(integer("carried_over", "上年结转"));
    c.add(integer("carried_over_left_out", "上年结转未计入报告数"));
    c.add(integer("processed", "已办理（七）总计"));
    c.add(integer("outcomes_left_out", "办理结果未计入报告数"));
    c.add(integer("outcomes_inconsistent", "总计与各项之和不符报告数"));
    for (Outcome o : Outcome.values()) {
      c.add(number("share_" + o.key(), o.zh() + "占比"));
    }
    c.add(number("share_not_disclosed", "未公开占比"));
    c.add(integer("reviews", "行政复议"));
    c.add(number("reviews_per_100", "复议/百件申请"));
    c.add(integer("reviews_left_out", "复议率未计入报告数"));
    c.add(integer("lawsuits", "行政诉讼"));
    c.add(number("lawsuits_per_100", "诉讼/百件申请"));
    c.add(integer("lawsuits_left_out", "诉讼率未计入报告数"));
    for (String rule : s.rules()) {
      c.add(number("error_rate_" + rule, rule + " 错误率"));
    }
    return c;
  }

  private static List<Object> row(StatsResult s, GroupStats g) {
    List<Object> v = new ArrayList<>();
    for (GroupBy b : s.by()) {
      v.add(switch (b) {
        case REGION -> g.group().region();
        case LEVEL -> g.group().level() == null ? null : g.group().level().code();
        case YEAR -> g.group().year();
      });
    }
    v.add(g.reports());
    v.add(g.received().total());
    v.add(g.received().leftOut());
    v.add(g.carriedOver().total());
    v.add(g.carriedOver().leftOut());
    v.add(g.processed().total());
    v.add(g.processed().leftOut());
    v.add(g.inconsistent());
    v.addAll(g.shares().values());
    v.add(g.notDisclosed());
    v.add(g.reviewsPer100().numerator());
    v.add(g.reviewsPer100().value());
    v.add(g.reviewsPer100().leftOut());
    v.add(g.lawsuitsPer100().numerator());
    v.add(g.lawsuitsPer100().value());
    v.add(g.lawsuitsPer100().leftOut());
    for (String rule : s.rules()) {
      v.add(g.errorRates().getOrDefault(rule, 0.0));
    }
    return v;
  }

  private static Column integer(String key, String zh) {
    return new Column(key, zh, zh, Kind.INTEGER);
  }

  private static Column number(String key, String zh) {
    return new Column(key, zh, zh, Kind.VALUE);
  }
}
