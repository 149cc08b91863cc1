package io.gongkai.export;

import io.gongkai.model.Status;
import io.gongkai.schema.Edition;
import io.gongkai.store.Database;
import io.gongkai.store.StoreException;
import io.gongkai.store.internal.Sql;
import io.gongkai.store.organ.Level;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.EmptyHandling;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * Walks the reports a filter chooses, one at a time with their cells, without holding more than one report in memory:
 * the list of reports is read through a database cursor and each report's cells by one query keyed on its run.
 * Everything is read in one repeatable-read transaction, so an import running meanwhile does not tear an export.
 */
public final class Selection {
  /** Rows fetched per round trip of the report cursor (PostgreSQL otherwise reads the whole result at once). */
  private static final int FETCH = 500;

  private final Database db;

  /** Reports of {@code db}. */
  public Selection(Database db) {
    this.db = db;
  }

  /**
   * Hands each chosen report to {@code each}, ordered by region, organ name and year.
   *
   * @param errorRules whether to read the rules of each report's error-level findings
   */
  public void forEach(ReportFilter filter, boolean errorRules, Consumer<SelectedReport> each) {
    db.jdbi().useTransaction(TransactionIsolationLevel.REPEATABLE_READ, h -> {
      Connection c = h.getConnection();
      try (PreparedStatement cells = c.prepareStatement(Sql.get("export/cells"));
           PreparedStatement corrections = c.prepareStatement(Sql.get("export/corrections"));
           PreparedStatement rules = c.prepareStatement(Sql.get("export/error_rules"))) {
        Reader reader = new Reader(cells, corrections, errorRules ? rules : null);
        query(h, filter).map((rs, ctx) -> reader.report(rs)).useStream(s -> s.forEach(each));
      } catch (SQLException e) {
        throw new StoreException("无法读取报告 cannot read the reports: " + e.getMessage(), e);
      }
    });
  }

  /** How many reports the filter chooses. */
  public long count(ReportFilter filter) {
    long[] n = {0};
    db.jdbi().useTransaction(h -> query(h, filter).map((rs, ctx) -> 1).useStream(s -> s.forEach(x -> n[0]++)));
    return n[0];
  }

  private static Query query(Handle h, ReportFilter f) {
    Query q = h.createQuery(Sql.get("export/reports"));
    q.setFetchSize(FETCH);
    return q.bind("anyRegion", f.region() == null).bind("region", f.regionPattern())
        .bind("anyLevel", f.levels().isEmpty())
        .bindList(EmptyHandling.NULL_KEYWORD, "levels",
            f.levels().stream().map(Level::code).toList())
        .bind("anyYear", f.years().isEmpty())
        .bindList(EmptyHandling.NULL_KEYWORD, "years", f.years())
        .bind("anyEdition", f.editions().isEmpty())
        .bindList(EmptyHandling.NULL_KEYWORD, "editions",
            f.editions().stream().map(Edition::code).toList())
        .bind("anyRule", f.rules().isEmpty())
        .bindList(EmptyHandling.NULL_KEYWORD, "rules", f.rules());
  }

  /** Reads one report row and its cells, corrections and rules with statements prepared once. */
  private record Reader(PreparedStatement cells, PreparedStatement corrections, PreparedStatement rules) {
    SelectedReport report(ResultSet rs) throws SQLException {
      long run = rs.getLong("run_id");
      int errors = rs.getInt("errors");
      Map<String, String[]> corrected = rs.getInt("corrections") > 0 ? corrections(run) : Map.of();
      String level = rs.getString("level");
      return new SelectedReport(rs.getLong("report_id"), run, rs.getString("organ"), rs.getString("region"),
          level == null ? null : Level.of(level), rs.getInt("report_year"), Edition.ofCode(rs.getString("edition")),
          errors, rules != null && errors > 0 ? rules(run) : List.of(), cells(run, corrected));
    }

    private List<ExportCell> cells(long run, Map<String, String[]> corrected) throws SQLException {
      cells.setLong(1, run);
      cells.setLong(2, run);
      List<ExportCell> out = new ArrayList<>();
      try (ResultSet rs = cells.executeQuery()) {
        while (rs.next()) {
          String id = rs.getString("cell_id");
          String[] correction = corrected.get(id);
          out.add(new ExportCell(id, Status.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)),
              rs.getString("value_text"), correction != null, correction == null ? null : correction[0]));
        }
      }
      return out;
    }

    /** The correction in force for each corrected cell: the latest (a one-element array, as it may be null). */
    private Map<String, String[]> corrections(long run) throws SQLException {
      corrections.setLong(1, run);
      Map<String, String[]> out = new HashMap<>();
      try (ResultSet rs = corrections.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getString("cell_id"), new String[] {rs.getString("new_value")});
        }
      }
      return out;
    }

    private List<String> rules(long run) throws SQLException {
      rules.setLong(1, run);
      List<String> out = new ArrayList<>();
      try (ResultSet rs = rules.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString("rule"));
        }
      }
      return out;
    }
  }
}
