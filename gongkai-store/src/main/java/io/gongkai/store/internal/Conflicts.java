package io.gongkai.store.internal;

import java.sql.SQLException;
import java.util.Set;

/**
 * Tells the failures of a transaction that lost a race to a concurrent one (the same bytes, organ or report inserted
 * at the same moment): running it again sees the winner's rows and goes through.
 */
public final class Conflicts {
  /** Unique violation, serialisation failure, deadlock (PostgreSQL), lock timeout and concurrent update (H2). */
  private static final Set<String> STATES = Set.of("23505", "40001", "40P01", "HYT00", "90131");

  private Conflicts() {}

  /** Whether {@code e} or one of its causes is such a failure. */
  public static boolean isRace(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException s && s.getSQLState() != null && STATES.contains(s.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
