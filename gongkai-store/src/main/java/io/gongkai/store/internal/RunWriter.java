package io.gongkai.store.internal;

import io.gongkai.model.Box;
import io.gongkai.model.Cell;
import io.gongkai.model.Finding;
import io.gongkai.model.Reading;
import io.gongkai.model.Report;
import io.gongkai.model.SourceSpan;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/** Writes one extraction run, its cells and its findings, inside the caller's transaction. */
public final class RunWriter {
  /** NUMERIC(30, 10): values past these bounds keep only their exact text. */
  private static final int MAX_INTEGER_DIGITS = 20;
  private static final int MAX_SCALE = 10;

  private RunWriter() {}

  /** Inserts the run of {@code report} over document {@code document}; returns the run's id. */
  public static long insert(Handle h, long document, Report report, String version, String agencyKey) {
    Reading r = report.reading();
    long run = h.createUpdate(Sql.get("run/insert"))
        .bind("document", document)
        .bind("version", version)
        .bind("edition", r.edition().code())
        .bind("year", r.year())
        .bind("agency", r.agency())
        .bind("agencyKey", agencyKey)
        .bindByType("published", r.published(), LocalDate.class)
        .bind("text", r.text())
        .bind("cellCount", r.cells().size())
        .bind("findingCount", report.findings().size())
        .executeAndReturnGeneratedKeys("id")
        .mapTo(Long.class)
        .one();
    cells(h, run, r.cells());
    findings(h, run, report.findings());
    return run;
  }

  private static void cells(Handle h, long run, List<Cell> cells) {
    if (cells.isEmpty()) {
      return;
    }
    PreparedBatch batch = h.prepareBatch(Sql.get("run/insert_cell"));
    int ordinal = 0;
    for (Cell c : cells) {
      SourceSpan s = c.span();
      Box b = s == null ? null : s.box();
      batch.bind("run", run)
          .bind("cellId", c.id().toString())
          .bind("ordinal", ordinal++)
          .bind("status", c.status().code())
          .bind("value", c.value())
          .bindByType("number", number(c.value()), BigDecimal.class)
          .bind("raw", c.raw())
          .bind("candidates", c.candidates().isEmpty() ? null : String.join("|", c.candidates()))
          .bind("page", s == null ? null : s.page())
          .bind("line", s == null ? null : s.line())
          .bind("start", s == null ? null : s.start())
          .bind("end", s == null ? null : s.end())
          .bind("x", b == null ? null : b.x())
          .bind("y", b == null ? null : b.y())
          .bind("width", b == null ? null : b.width())
          .bind("height", b == null ? null : b.height())
          .add();
    }
    batch.execute();
  }

  private static void findings(Handle h, long run, List<Finding> findings) {
    if (findings.isEmpty()) {
      return;
    }
    PreparedBatch batch = h.prepareBatch(Sql.get("run/insert_finding"));
    int ordinal = 0;
    for (Finding f : findings) {
      batch.bind("run", run)
          .bind("ordinal", ordinal++)
          .bind("rule", f.rule())
          .bind("severity", f.severity().code())
          .bind("cells", String.join(",", f.cells()))
          .bind("expected", f.expected())
          .bind("actual", f.actual())
          .bind("messageZh", f.messageZh())
          .bind("messageEn", f.messageEn())
          .add();
    }
    batch.execute();
  }

  /** The value as a number for sums, or null when it is none or does not fit the column. */
  static BigDecimal number(String value) {
    if (value == null) {
      return null;
    }
    try {
      BigDecimal n = new BigDecimal(value);
      return n.precision() - n.scale() > MAX_INTEGER_DIGITS || n.scale() > MAX_SCALE ? null : n;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
