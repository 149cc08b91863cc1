package io.gongkai.cli;

import io.gongkai.GongkaiException;
import io.gongkai.app.ReportReader;
import io.gongkai.output.ReportSummary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Reads and checks files on a pool of threads and hands the outcomes back in input order, so output is the same
 * whatever the timing. Each thread has its own {@link ReportReader}, because the stages are not promised to be
 * thread-safe. No exception from one file escapes: it becomes that file's outcome.
 */
final class CheckRun {
  /** What happened to one file. */
  record Outcome(ReportSummary summary, boolean internalError) {}

  private final int threads;

  CheckRun(int threads) {
    this.threads = threads;
  }

  void run(List<Path> files, Consumer<Outcome> sink) {
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, files.size())), r -> {
      Thread t = new Thread(r, "gongkai-check");
      t.setDaemon(true);
      return t;
    });
    try {
      ThreadLocal<ReportReader> readers = ThreadLocal.withInitial(Readers::reportReader);
      List<Future<Outcome>> futures = new ArrayList<>();
      for (Path file : files) {
        futures.add(pool.submit(() -> check(readers.get(), file)));
      }
      for (Future<Outcome> f : futures) {
        sink.accept(await(f));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  static Outcome check(ReportReader reader, Path file) {
    String shown = file.toString();
    try {
      return new Outcome(ReportSummary.of(shown, reader.read(file)), false);
    } catch (GongkaiException e) {
      return new Outcome(ReportSummary.failed(shown, e.getMessage()), false);
    } catch (RuntimeException | StackOverflowError e) {
      // A bug on one odd file must not cost the reviewer the other few hundred reports of the run.
      return new Outcome(ReportSummary.failed(shown, shown + ": " + e), true);
    }
  }

  private static Outcome await(Future<Outcome> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("check task failed", e.getCause());
    }
  }
}
