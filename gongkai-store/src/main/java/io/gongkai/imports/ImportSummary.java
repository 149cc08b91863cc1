package io.gongkai.imports;

import java.util.List;

/** The outcomes of one import, in the order the files were given, and how long it took. */
public record ImportSummary(List<FileOutcome> outcomes, long nanos) {
  public ImportSummary {
    outcomes = List.copyOf(outcomes);
  }

  /** How many files had this kind of outcome. */
  public long count(FileOutcome.Kind kind) {
    return outcomes.stream().filter(o -> o.kind() == kind).count();
  }

  /** The files that failed, with their reasons. */
  public List<FileOutcome> failures() {
    return outcomes.stream().filter(FileOutcome::isFailure).toList();
  }
}
