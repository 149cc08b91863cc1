package io.gongkai.export;

import io.gongkai.model.Status;
import io.gongkai.schema.Edition;
import io.gongkai.store.organ.Level;
import java.util.List;
import java.util.Objects;

/**
 * A report chosen by a {@link ReportFilter}, with the cells of the run that stands for it (see
 * {@code sql/export/reports.sql} for which run that is).
 *
 * @param region null when the organ's name starts with no administrative unit
 * @param level null when not known
 * @param errors how many error-level findings the run has
 * @param errorRules the rules of those findings, each once; empty unless asked for
 * @param cells in the template's order; empty for editions without tables
 */
public record SelectedReport(long reportId, long runId, String organ, String region, Level level, int year,
    Edition edition, int errors, List<String> errorRules, List<ExportCell> cells) {
  public SelectedReport {
    Objects.requireNonNull(organ, "organ");
    Objects.requireNonNull(edition, "edition");
    errorRules = List.copyOf(errorRules);
    cells = List.copyOf(cells);
  }

  /** How many cells a person corrected. */
  public long corrections() {
    return cells.stream().filter(ExportCell::corrected).count();
  }

  /** How many cells were not read with certainty: uncertain or missing. */
  public long unreadCells() {
    return cells.stream().filter(c -> c.status() == Status.UNCERTAIN || c.status() == Status.MISSING).count();
  }
}
