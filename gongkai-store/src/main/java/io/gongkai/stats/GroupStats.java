package io.gongkai.stats;

import java.util.Map;
import java.util.Objects;

/**
 * The statistics of one group of reports. Sums and rates pool the group's reports (a rate is the sum of the
 * numerators over the sum of the denominators), each over the reports whose needed cells were all read with
 * certainty; {@code leftOut} says how many reports were not.
 *
 * @param processed the sum of （七）总计 over the reports whose outcomes are all known and add up to it; its
 *     {@code leftOut} is the number of reports left out of the outcome mix for an uncertain or missing cell
 * @param inconsistent reports left out of the outcome mix because their printed （七）总计 differs from the sum of
 *     their outcome rows (rule H2 on the 总计 column): shares over such a total would not add up
 * @param shares each outcome's share of {@code processed}; null values when it is 0
 * @param notDisclosed the share of {@code processed} neither granted nor partly granted (不予公开, 无法提供, 不予处理
 *     and 其他处理 together); null when {@code processed} is 0
 * @param reviewsPer100 administrative reviews (行政复议 总计) per 100 applications received
 * @param lawsuitsPer100 lawsuits (both 行政诉讼 rows' 总计) per 100 applications received
 * @param errorRates by rule: the share of the group's reports with an error-level finding of that rule
 */
public record GroupStats(Group group, long reports, Sum received, Sum carriedOver, Sum processed,
    long inconsistent, Map<Outcome, Double> shares, Double notDisclosed, Rate reviewsPer100, Rate lawsuitsPer100,
    Map<String, Double> errorRates) {
  public GroupStats {
    Objects.requireNonNull(group, "group");
    shares = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(shares));
    errorRates = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(errorRates));
  }

  /** A sum over the reports whose cells were known, and how many reports were left out of it. */
  public record Sum(long total, long leftOut) {}

  /**
   * A rate over the reports whose cells were known, and how many were left out.
   *
   * @param value null when its denominator is 0
   * @param numerator the sum over the reports counted
   */
  public record Rate(Double value, long numerator, long leftOut) {}
}
