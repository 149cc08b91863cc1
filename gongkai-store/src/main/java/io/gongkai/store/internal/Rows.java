package io.gongkai.store.internal;

import io.gongkai.model.Box;
import io.gongkai.model.Cell;
import io.gongkai.model.Finding;
import io.gongkai.model.Severity;
import io.gongkai.model.SourceSpan;
import io.gongkai.model.Status;
import io.gongkai.schema.CellId;
import io.gongkai.store.Run;
import io.gongkai.store.StoredFinding;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Turns rows of the store back into the model's records. */
public final class Rows {
  private Rows() {}

  /** A row of {@code run/cells.sql}. */
  public static Cell cell(ResultSet rs) throws SQLException {
    String candidates = rs.getString("candidates");
    return new Cell(CellId.parse(rs.getString("cell_id")),
        Status.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)),
        rs.getString("value_text"),
        rs.getString("raw"),
        candidates == null ? List.of() : Arrays.asList(candidates.split("\\|", -1)),
        span(rs));
  }

  private static SourceSpan span(ResultSet rs) throws SQLException {
    Integer line = integer(rs, "span_line");
    if (line == null) {
      return null;
    }
    double x = rs.getDouble("box_x");
    Box box = rs.wasNull() ? null
        : new Box(x, rs.getDouble("box_y"), rs.getDouble("box_width"), rs.getDouble("box_height"));
    return new SourceSpan(integer(rs, "span_page"), line, rs.getInt("span_start"), rs.getInt("span_end"), box);
  }

  /** A row of {@code run/findings.sql}. */
  public static StoredFinding finding(ResultSet rs) throws SQLException {
    String cells = rs.getString("cells");
    return new StoredFinding(rs.getLong("id"), new Finding(rs.getString("rule"),
        Severity.valueOf(rs.getString("severity").toUpperCase(Locale.ROOT)),
        cells.isEmpty() ? List.of() : Arrays.asList(cells.split(",")),
        rs.getString("expected"), rs.getString("actual"), rs.getString("message_zh"), rs.getString("message_en")));
  }

  /** A row of {@code run/of_document.sql}. */
  public static Run run(ResultSet rs) throws SQLException {
    return new Run(rs.getLong("id"), rs.getLong("document_id"), rs.getString("extractor_version"),
        rs.getString("edition"), integer(rs, "report_year"), rs.getString("agency"),
        rs.getObject("created_at", OffsetDateTime.class));
  }

  private static Integer integer(ResultSet rs, String column) throws SQLException {
    int v = rs.getInt(column);
    return rs.wasNull() ? null : v;
  }
}
