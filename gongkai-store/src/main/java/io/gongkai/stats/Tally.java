package io.gongkai.stats;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Adds up the figures of a group's reports as they stream by. */
final class Tally {
  private long reports;
  private long received;
  private long receivedLeftOut;
  private long carriedOver;
  private long carriedOverLeftOut;
  private long processed;
  private final Map<Outcome, Long> outcomes = new EnumMap<>(Outcome.class);
  private long outcomesLeftOut;
  private long outcomesInconsistent;
  private final long[] reviews = new long[3];
  private final long[] lawsuits = new long[3];
  private final Map<String, Long> errorReports = new HashMap<>();

  void add(Figures f, List<String> errorRules) {
    reports++;
    if (f.received() == null) {
      receivedLeftOut++;
    } else {
      received += f.received();
    }
    if (f.carriedOver() == null) {
      carriedOverLeftOut++;
    } else {
      carriedOver += f.carriedOver();
    }
    if (!f.outcomesKnown()) {
      outcomesLeftOut++;
    } else if (f.outcomes().values().stream().mapToLong(Long::longValue).sum() != f.processed()) {
      // The printed total is kept as printed (never repaired); a report whose total and outcome rows disagree (H2)
      // would make shares that do not add up, so it is left out of the mix and counted apart.
      outcomesInconsistent++;
    } else {
      processed += f.processed();
      f.outcomes().forEach((o, n) -> outcomes.merge(o, n, Long::sum));
    }
    perReceived(reviews, f.reviews(), f.received());
    perReceived(lawsuits, f.lawsuits(), f.received());
    for (String rule : errorRules) {
      errorReports.merge(rule, 1L, Long::sum);
    }
  }

  /** numerator, denominator, left out. */
  private static void perReceived(long[] rate, Long count, Long received) {
    if (count == null || received == null) {
      rate[2]++;
    } else {
      rate[0] += count;
      rate[1] += received;
    }
  }

  GroupStats result(Group group) {
    Map<Outcome, Double> shares = new EnumMap<>(Outcome.class);
    for (Outcome o : Outcome.values()) {
      shares.put(o, share(outcomes.getOrDefault(o, 0L), processed));
    }
    long disclosed = outcomes.getOrDefault(Outcome.GRANTED, 0L) + outcomes.getOrDefault(Outcome.PARTIALLY_GRANTED, 0L);
    Map<String, Double> errorRates = new HashMap<>();
    errorReports.forEach((rule, n) -> errorRates.put(rule, share(n, reports)));
    return new GroupStats(group, reports, new GroupStats.Sum(received, receivedLeftOut),
        new GroupStats.Sum(carriedOver, carriedOverLeftOut), new GroupStats.Sum(processed, outcomesLeftOut), outcomesInconsistent, shares,
        share(processed - disclosed, processed), per100(reviews), per100(lawsuits), errorRates);
  }

  private static GroupStats.Rate per100(long[] rate) {
    return new GroupStats.Rate(rate[1] == 0 ? null : 100.0 * rate[0] / rate[1], rate[0], rate[2]);
  }

  private static Double share(long part, long whole) {
    return whole == 0 ? null : (double) part / whole;
  }
}
