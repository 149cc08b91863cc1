package io.gongkai.stats;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Statistics of the reports a filter chose.
 *
 * @param by what the groups are keyed by, in the order asked
 * @param rollups the regions rolled up; empty when the groups are the organs' own regions
 * @param groups ordered by their keys
 * @param all every report chosen, as one group; with roll-ups, a report in two of them counts once
 */
public record StatsResult(List<GroupBy> by, List<String> rollups, List<GroupStats> groups, GroupStats all) {
  public StatsResult {
    by = List.copyOf(by);
    rollups = List.copyOf(rollups);
    groups = List.copyOf(groups);
  }

  /** The rules some report has an error-level finding of, sorted. */
  public List<String> rules() {
    Set<String> rules = new TreeSet<>(all.errorRates().keySet());
    return List.copyOf(rules);
  }
}
