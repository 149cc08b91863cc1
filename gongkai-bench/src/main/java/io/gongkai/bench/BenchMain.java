package io.gongkai.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link ParseCheckBenchmark} and reports what the targets are stated in: reports per second per core for
 * parse+check (target ≥ 1,000) and the ratio of parse+check to read+normalise (target ≤ 5).
 *
 * <p>Arguments, all optional: {@code forks warmupIterations warmupSeconds iterations seconds}; default {@code 1 3 2 5
 * 2}. The seeds are skipped when {@code ../shared/seeds} (or {@code -Dgongkai.seeds}) is not there.
 */
public final class BenchMain {
  static final double TARGET_REPORTS_PER_SECOND = 1000;
  static final double TARGET_RATIO = 5;

  private BenchMain() {}

  /** Runs the benchmark and prints the summary. */
  public static void main(String[] args) throws RunnerException {
    int[] a = {1, 3, 2, 5, 2};
    for (int i = 0; i < args.length && i < a.length; i++) {
      a[i] = Integer.parseInt(args[i]);
    }
    List<String> corpora = new ArrayList<>();
    if (Corpus.seedDir() != null) {
      corpora.add(Corpus.SEEDS);
    } else {
      System.out.println("seeds folder not found: benchmarking generated reports only");
    }
    corpora.add(Corpus.GENERATED);
    ChainedOptionsBuilder options = new OptionsBuilder()
        .include(ParseCheckBenchmark.class.getName())
        .param("corpus", corpora.toArray(String[]::new))
        .forks(a[0])
        .warmupIterations(a[1])
        .warmupTime(TimeValue.seconds(a[2]))
        .measurementIterations(a[3])
        .measurementTime(TimeValue.seconds(a[4]))
        .threads(1);
    String seeds = System.getProperty("gongkai.seeds");
    if (seeds != null) {
      options.jvmArgsAppend("-Dgongkai.seeds=" + seeds);
    }
    Collection<RunResult> results = new Runner(options.build()).run();
    System.out.println();
    System.out.print(summary(results, corpora));
  }

  static String summary(Collection<RunResult> results, List<String> corpora) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%-10s %8s %22s %20s %16s %8s%n", "corpus", "reports",
        "read+normalise µs/rep", "parse+check µs/rep", "reports/s/core", "ratio"));
    for (String corpus : corpora) {
      int n = Corpus.load(corpus).size();
      double base = micros(results, corpus, "readNormalise") / n;
      double full = micros(results, corpus, "parseCheck") / n;
      double perSecond = 1e6 / full;
      double ratio = full / base;
      out.append(String.format(Locale.ROOT, "%-10s %8d %22.1f %20.1f %16.0f %8.2f   %s%n", corpus, n, base, full,
          perSecond, ratio, verdict(perSecond, ratio)));
    }
    out.append(String.format(Locale.ROOT, "targets: ≥ %.0f reports/s/core, parse+check ≤ %.0f× read+normalise%n",
        TARGET_REPORTS_PER_SECOND, TARGET_RATIO));
    return out.toString();
  }

  private static String verdict(double perSecond, double ratio) {
    boolean fast = perSecond >= TARGET_REPORTS_PER_SECOND;
    boolean cheap = ratio <= TARGET_RATIO;
    return fast && cheap ? "targets met" : "MISSED:" + (fast ? "" : " speed") + (cheap ? "" : " ratio");
  }

  /** Average microseconds per operation (one pass over the corpus) of one benchmark method on one corpus. */
  private static double micros(Collection<RunResult> results, String corpus, String method) {
    return results.stream()
        .filter(r -> r.getParams().getBenchmark().endsWith("." + method))
        .filter(r -> corpus.equals(r.getParams().getParam("corpus")))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no result for " + method + " on " + corpus))
        .getPrimaryResult()
        .getScore();
  }
}
