package io.gongkai.stats;

import io.gongkai.store.organ.Level;

/**
 * The key of a group of reports. A field is null when the reports are not grouped by it, or when the organ has no
 * region or level; the grouping in force says which.
 */
public record Group(String region, Level level, Integer year) {
  /** The group of all reports. */
  public static final Group ALL = new Group(null, null, null);
}
