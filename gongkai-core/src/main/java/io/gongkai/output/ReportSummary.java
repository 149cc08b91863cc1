package io.gongkai.output;

import io.gongkai.model.Cell;
import io.gongkai.model.Finding;
import io.gongkai.model.Reading;
import io.gongkai.model.Report;
import io.gongkai.model.Severity;
import io.gongkai.model.Status;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * One line of a batch run: what a report is (edition, year, agency), how well it was read (cells by status) and what
 * the checks found (findings by severity), or why the file could not be read at all.
 *
 * @param file the file as the user named it
 * @param error why the file could not be read; null when it was read (then the other fields are set)
 */
public record ReportSummary(
    String file,
    String edition,
    Integer year,
    String agency,
    Map<Status, Integer> cells,
    Map<Severity, Integer> findings,
    String error) {
  public ReportSummary {
    Objects.requireNonNull(file, "file");
    cells = Map.copyOf(cells);
    findings = Map.copyOf(findings);
  }

  /** The summary of a report read from {@code file}. */
  public static ReportSummary of(String file, Report report) {
    Reading r = report.reading();
    Map<Status, Integer> cells = new EnumMap<>(Status.class);
    for (Status s : Status.values()) {
      cells.put(s, 0);
    }
    for (Cell c : r.cells()) {
      cells.merge(c.status(), 1, Integer::sum);
    }
    Map<Severity, Integer> findings = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      findings.put(s, 0);
    }
    for (Finding f : report.findings()) {
      findings.merge(f.severity(), 1, Integer::sum);
    }
    return new ReportSummary(file, r.edition().code(), r.year(), r.agency(), cells, findings, null);
  }

  /** The summary of a file that could not be read, with the reason. */
  public static ReportSummary failed(String file, String error) {
    return new ReportSummary(file, null, null, null, Map.of(), Map.of(), Objects.requireNonNull(error, "error"));
  }

  /** Whether the file could not be read. */
  public boolean isFailure() {
    return error != null;
  }

  /** How many cells have this status (0 for a failure). */
  public int cells(Status status) {
    return cells.getOrDefault(status, 0);
  }

  /** How many findings have this severity (0 for a failure). */
  public int findings(Severity severity) {
    return findings.getOrDefault(severity, 0);
  }

  /** Whether any finding is at or above {@code threshold}. */
  public boolean hasFindingAtLeast(Severity threshold) {
    return findings.entrySet().stream()
        .anyMatch(e -> e.getKey().ordinal() <= threshold.ordinal() && e.getValue() > 0);
  }
}
