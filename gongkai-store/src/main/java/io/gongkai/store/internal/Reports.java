package io.gongkai.store.internal;

import org.jdbi.v3.core.Handle;

/** The report of an organ for a year, inside the caller's transaction. */
public final class Reports {
  private Reports() {}

  /** The id of the organ's report for the year, created when missing (once, however many threads ask at once). */
  public static long of(Handle h, long organ, int year) {
    h.createUpdate(Sql.get("report/insert")).bind("organ", organ).bind("year", year).execute();
    return h.createQuery(Sql.get("report/find")).bind("organ", organ).bind("year", year).mapTo(Long.class).one();
  }
}
