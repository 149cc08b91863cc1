package io.gongkai.stats;

import io.gongkai.export.ReportFilter;
import io.gongkai.export.SelectedReport;
import io.gongkai.export.Selection;
import io.gongkai.store.Database;
import io.gongkai.store.organ.Level;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Computes {@link StatsResult}s over the stored reports, reading each report once as it streams from the database
 * (the same reports and runs an export of the same filter holds).
 */
public final class Statistics {
  /** Groups sort by region, level, year; a missing key (an organ without region or level) sorts last. */
  private static final Comparator<Group> ORDER = Comparator
      .comparing(Group::region, Comparator.nullsLast(Comparator.<String>naturalOrder()))
      .thenComparing(Group::level, Comparator.nullsLast(Comparator.<Level>naturalOrder()))
      .thenComparing(Group::year, Comparator.nullsLast(Comparator.<Integer>naturalOrder()));

  private final Selection selection;

  /** Statistics of the reports in {@code db}. */
  public Statistics(Database db) {
    this.selection = new Selection(db);
  }

  /**
   * The statistics of the reports {@code filter} chooses, grouped by {@code by}.
   *
   * @param rollups regions whose organs are summed into one group each (then split by level and year when asked); the
   *     organs of a region are those whose region contains its name ({@code 淮安市} holds 江苏省淮安市 and
   *     江苏省淮安市洪泽区). With roll-ups the groups are always keyed by region, the rolled-up one. Empty: regions, when
   *     grouped by, are the organs' own.
   */
  public StatsResult compute(ReportFilter filter, List<GroupBy> groupBy, List<String> rollups) {
    List<GroupBy> by = rollups.isEmpty() || groupBy.contains(GroupBy.REGION) ? groupBy
        : java.util.stream.Stream.concat(java.util.stream.Stream.of(GroupBy.REGION), groupBy.stream()).toList();
    Map<Group, Tally> groups = new TreeMap<>(ORDER);
    Tally all = new Tally();
    if (rollups.isEmpty()) {
      selection.forEach(filter, true, r -> {
        Figures f = Figures.of(r);
        groups.computeIfAbsent(key(r, by, r.region()), k -> new Tally()).add(f, r.errorRules());
        all.add(f, r.errorRules());
      });
    } else {
      Map<Long, Boolean> counted = new java.util.HashMap<>();
      for (String region : rollups) {
        selection.forEach(filter.withRegion(region), true, r -> {
          Figures f = Figures.of(r);
          groups.computeIfAbsent(key(r, by, region), k -> new Tally()).add(f, r.errorRules());
          if (counted.put(r.reportId(), true) == null) {
            all.add(f, r.errorRules());
          }
        });
      }
    }
    List<GroupStats> out = new ArrayList<>();
    groups.forEach((g, t) -> out.add(t.result(g)));
    return new StatsResult(by, rollups, out, all.result(Group.ALL));
  }

  private static Group key(SelectedReport r, List<GroupBy> by, String region) {
    return new Group(by.contains(GroupBy.REGION) ? region : null, by.contains(GroupBy.LEVEL) ? r.level() : null,
        by.contains(GroupBy.YEAR) ? r.year() : null);
  }
}
