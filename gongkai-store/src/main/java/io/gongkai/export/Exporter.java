package io.gongkai.export;

import io.gongkai.schema.Edition;
import io.gongkai.store.Database;
import java.util.List;

/** Writes the reports a filter chooses as a long or a wide table, streaming them from the database. */
public final class Exporter {
  private final Selection selection;

  /** An exporter of the reports in {@code db}. */
  public Exporter(Database db) {
    this.selection = new Selection(db);
  }

  /**
   * Writes the table and closes {@code out} (which does not close the stream it writes to).
   *
   * @return how many reports and rows were written
   */
  public ExportSummary export(ReportFilter filter, Shape shape, TableWriter out) {
    long[] reports = {0};
    long[] rows = {0};
    try (out) {
      if (shape == Shape.LONG) {
        LongTable table = new LongTable();
        out.begin(table.columns());
        selection.forEach(filter, false, r -> {
          reports[0]++;
          rows[0] += table.write(r, out);
        });
      } else {
        WideTable table = new WideTable(editions(filter));
        out.begin(table.columns());
        selection.forEach(filter, false, r -> {
          reports[0]++;
          rows[0]++;
          table.write(r, out);
        });
      }
    }
    return new ExportSummary(reports[0], rows[0]);
  }

  /** The editions whose cells the wide table has columns for: those asked for, else both. */
  private static List<Edition> editions(ReportFilter filter) {
    return filter.editions().isEmpty() ? List.of(Edition.E2019, Edition.E2021) : filter.editions();
  }
}
