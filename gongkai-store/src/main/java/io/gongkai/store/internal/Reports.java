package io.gongkai.store.internal;

import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** The report of an organ for a year, inside the caller's transaction. */
public final class Reports {
  private Reports() {}

  /** The id of the organ's report for the year, created when missing (once, however many threads ask at once). */
  public static long of(Handle h, long organ, int year) {
    Optional<Long> known = find(h, organ, year);
    if (known.isPresent()) {
      return known.get();
    }
    h.createUpdate(Sql.get("report/insert")).bind("organ", organ).bind("year", year).execute();
    return find(h, organ, year).orElseThrow(() -> new IllegalStateException("report vanished: " + organ + "/" + year));
  }

  /** The organ's report for the year, if there is one. */
  public static Optional<Long> find(Handle h, long organ, int year) {
    return h.createQuery(Sql.get("report/find")).bind("organ", organ).bind("year", year).mapTo(Long.class).findOne();
  }
}
