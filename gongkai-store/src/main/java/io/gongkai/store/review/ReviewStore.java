package io.gongkai.store.review;

import io.gongkai.store.Database;
import io.gongkai.store.StoreException;
import io.gongkai.store.internal.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Records and reads people's decisions on findings and corrections of cells. Rows are only ever added. */
public final class ReviewStore {
  private final Jdbi jdbi;
  private final Clock clock;

  /** A store over {@code db} that stamps records with the current time. */
  public ReviewStore(Database db) {
    this(db, Clock.systemUTC());
  }

  /** A store over {@code db} that stamps records with {@code clock}'s time. */
  public ReviewStore(Database db, Clock clock) {
    this.jdbi = db.jdbi();
    this.clock = clock;
  }

  /** Records a decision on a finding. A dismissal needs a reason; who decided is always needed. */
  public Review decide(long findingId, Decision decision, String reviewer, String reason) {
    requireWho(reviewer);
    if (decision == Decision.DISMISS && (reason == null || reason.isBlank())) {
      throw new StoreException("驳回须说明理由 a dismissal needs a reason (finding " + findingId + ")");
    }
    OffsetDateTime at = OffsetDateTime.now(clock);
    return jdbi.inTransaction(h -> {
      if (h.createQuery(Sql.get("review/finding_exists")).bind("finding", findingId).mapTo(Long.class).one() == 0) {
        throw new StoreException("没有这个问题 no finding with id " + findingId);
      }
      long id = h.createUpdate(Sql.get("review/insert_decision")).bind("finding", findingId)
          .bind("decision", decision.code()).bind("reviewer", reviewer).bind("at", at).bind("reason", reason)
          .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
      return new Review(id, findingId, decision, reviewer, at, reason);
    });
  }

  /** Every decision on a finding, oldest first; the last one stands. */
  public List<Review> decisions(long findingId) {
    return jdbi.withHandle(h -> h.createQuery(Sql.get("review/decisions")).bind("finding", findingId)
        .map((rs, ctx) -> review(rs)).list());
  }

  /**
   * Records a correction of cell {@code cellId} of run {@code runId}. The printed value is not touched; the old value
   * recorded is the one in force before (the printed value, or the last correction's).
   */
  public Correction correct(long runId, String cellId, String newValue, String corrector, String reason) {
    requireWho(corrector);
    if (reason == null || reason.isBlank()) {
      throw new StoreException("更正须说明理由 a correction needs a reason (" + cellId + ")");
    }
    OffsetDateTime at = OffsetDateTime.now(clock);
    return jdbi.inTransaction(h -> {
      String old = valueInForce(h, runId, cellId);
      long id = h.createUpdate(Sql.get("review/insert_correction")).bind("run", runId).bind("cell", cellId)
          .bind("old", old).bind("new", newValue).bind("corrector", corrector).bind("at", at).bind("reason", reason)
          .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
      return new Correction(id, runId, cellId, old, newValue, corrector, at, reason);
    });
  }

  /** Every correction of a run's cells, oldest first. */
  public List<Correction> corrections(long runId) {
    return jdbi.withHandle(h -> h.createQuery(Sql.get("review/corrections")).bind("run", runId)
        .map((rs, ctx) -> correction(rs)).list());
  }

  private static String valueInForce(Handle h, long run, String cell) {
    if (h.createQuery(Sql.get("review/cell_exists")).bind("run", run).bind("cell", cell).mapTo(Long.class).one() == 0) {
      throw new StoreException("没有这个单元格 run " + run + " has no cell " + cell);
    }
    Optional<String> corrected = h.createQuery(Sql.get("review/latest_correction")).bind("run", run)
        .bind("cell", cell).map((rs, ctx) -> Optional.ofNullable(rs.getString("new_value"))).findOne()
        .orElse(null);
    if (corrected != null) {
      return corrected.orElse(null);
    }
    return h.createQuery(Sql.get("review/printed_value")).bind("run", run).bind("cell", cell)
        .map((rs, ctx) -> rs.getString("value_text")).one();
  }

  private static void requireWho(String who) {
    if (who == null || who.isBlank()) {
      throw new StoreException("须注明是谁 who decided or corrected must be given");
    }
    Objects.requireNonNull(who);
  }

  private static Review review(ResultSet rs) throws SQLException {
    return new Review(rs.getLong("id"), rs.getLong("finding_id"), Decision.of(rs.getString("decision")),
        rs.getString("reviewer"), rs.getObject("decided_at", OffsetDateTime.class), rs.getString("reason"));
  }

  private static Correction correction(ResultSet rs) throws SQLException {
    return new Correction(rs.getLong("id"), rs.getLong("run_id"), rs.getString("cell_id"), rs.getString("old_value"),
        rs.getString("new_value"), rs.getString("corrector"), rs.getObject("corrected_at", OffsetDateTime.class),
        rs.getString("reason"));
  }
}
