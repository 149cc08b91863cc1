package io.gongkai.model;

import java.util.List;
import java.util.Objects;

/** A report as gongkai presents it: what was read and what the checks found. */
public record Report(Reading reading, List<Finding> findings) {
  public Report {
    Objects.requireNonNull(reading, "reading");
    findings = List.copyOf(findings);
  }

  /** Whether any finding is at or above the given severity. */
  public boolean hasFindingAtLeast(Severity severity) {
    return findings.stream().anyMatch(f -> f.severity().ordinal() <= severity.ordinal());
  }
}
