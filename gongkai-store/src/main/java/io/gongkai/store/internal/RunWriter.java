package io.gongkai.store.internal;

import io.gongkai.model.Box;
import io.gongkai.model.Cell;
import io.gongkai.model.Finding;
import io.gongkai.model.Reading;
import io.gongkai.model.Report;
import io.gongkai.model.SourceSpan;
import io.gongkai.store.StoreException;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/** Writes one extraction run, its cells and its findings, inside the caller's transaction. */
public final class RunWriter {
  /** The cells of a run are keyed run * 1024 + ordinal (see V1): a template edition has fewer cells. */
  static final int MAX_CELLS = 1024;
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

  /** A plain JDBC batch: JDBI's named binding costs more than H2's insert itself on some 200 rows per document. */
  private static void cells(Handle h, long run, List<Cell> cells) {
    if (cells.isEmpty()) {
      return;
    }
    if (cells.size() > MAX_CELLS) {
      throw new IllegalStateException("a run has at most " + MAX_CELLS + " cells: " + cells.size());
    }
    try (PreparedStatement ps = h.getConnection().prepareStatement(Sql.get("run/insert_cell"))) {
      int ordinal = 0;
      for (Cell c : cells) {
        bindCell(ps, run, ordinal++, c);
        ps.addBatch();
      }
      ps.executeBatch();
    } catch (SQLException e) {
      throw new StoreException("无法保存单元格 cannot store the cells of run " + run + ": " + e.getMessage(), e);
    }
  }

  private static void bindCell(PreparedStatement ps, long run, int ordinal, Cell c) throws SQLException {
    SourceSpan s = c.span();
    Box b = s == null ? null : s.box();
    ps.setLong(1, run);
    ps.setLong(2, run);
    ps.setInt(3, ordinal);
    ps.setString(4, c.id().toString());
    ps.setInt(5, ordinal);
    ps.setString(6, c.status().code());
    ps.setString(7, c.value());
    ps.setBigDecimal(8, number(c.value()));
    ps.setString(9, c.raw());
    ps.setString(10, c.candidates().isEmpty() ? null : String.join("|", c.candidates()));
    setInteger(ps, 11, s == null ? null : s.page());
    setInteger(ps, 12, s == null ? null : s.line());
    setInteger(ps, 13, s == null ? null : s.start());
    setInteger(ps, 14, s == null ? null : s.end());
    setDouble(ps, 15, b == null ? null : b.x());
    setDouble(ps, 16, b == null ? null : b.y());
    setDouble(ps, 17, b == null ? null : b.width());
    setDouble(ps, 18, b == null ? null : b.height());
  }

  private static void setInteger(PreparedStatement ps, int index, Integer value) throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.INTEGER);
    } else {
      ps.setInt(index, value);
    }
  }

  private static void setDouble(PreparedStatement ps, int index, Double value) throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.DOUBLE);
    } else {
      ps.setDouble(index, value);
    }
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
