package io.gongkai.bench;

import io.gongkai.app.ReportReader;
import io.gongkai.imports.DocumentReader;
import io.gongkai.imports.FileOutcome;
import io.gongkai.imports.ImportOptions;
import io.gongkai.imports.ImportSummary;
import io.gongkai.imports.Importer;
import io.gongkai.ingest.formats.Documents;
import io.gongkai.store.Database;
import io.gongkai.store.DatabaseLocation;
import io.gongkai.store.ReportStore;
import io.gongkai.store.StoreCounts;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Imports generated text reports into a fresh H2 file (or the database given) and prints documents per second and
 * the peak heap. Arguments: number of reports (default 10000), threads (default: processors), database (default: an
 * H2 file in a temporary folder). Run it with the heap capped, as {@code bench/import} does ({@code -Xmx512m}).
 */
public final class ImportBench {
  private ImportBench() {}

  public static void main(String[] args) throws IOException {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
    Path work = Files.createTempDirectory("gongkai-import-bench");
    try {
      List<Path> files = write(work.resolve("reports"), count);
      DatabaseLocation location = args.length > 2 ? DatabaseLocation.of(args[2])
          : DatabaseLocation.h2File(work.resolve("db").resolve("gongkai"));
      HeapWatch heap = HeapWatch.start();
      try (Database db = Database.open(location, threads + 1)) {
        ReportStore store = new ReportStore(db);
        long cpu = processCpuNanos();
        ImportSummary s = new Importer(store, ImportBench::reader,
            new ImportOptions(threads, "bench", true, false)).run(files, o -> {});
        cpu = processCpuNanos() - cpu;
        print(s, store.counts(), threads, heap.stop());
        // On a shared machine the wall clock also counts other processes' work; CPU time per document does not.
        long workers = WORKER_CPU.values().stream().mapToLong(Long::longValue).sum();
        System.out.printf(Locale.ROOT, "process CPU %.1f s: %.2f ms per document, %.0f documents per CPU-second;"
            + " import threads %.1f s, other threads (GC, JIT, H2) %.1f s%n", cpu / 1e9,
            cpu / 1e6 / s.outcomes().size(), s.outcomes().size() / (cpu / 1e9), workers / 1e9, (cpu - workers) / 1e9);
      }
    } finally {
      delete(work);
    }
  }

  private static void print(ImportSummary s, StoreCounts counts, int threads, HeapWatch.Peaks heap) {
    double seconds = s.nanos() / 1e9;
    System.out.printf(Locale.ROOT, "reports %d  threads %d  added %d  failed %d  time %.1f s%n",
        s.outcomes().size(), threads, s.count(FileOutcome.Kind.ADDED), s.failures().size(), seconds);
    System.out.printf(Locale.ROOT, "documents/s %.0f  peak heap %.0f MB in use, %.0f MB after GC (max %.0f MB)%n",
        s.outcomes().size() / seconds, heap.used() / 1e6, heap.afterGc() / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
    System.out.printf(Locale.ROOT, "stored: documents %d  runs %d  cells %d  findings %d%n",
        counts.documents(), counts.runs(), counts.cells(), counts.findings());
    s.failures().stream().limit(5).forEach(f -> System.out.println("failed: " + f.reason()));
  }

  private static List<Path> write(Path dir, int count) throws IOException {
    Files.createDirectories(dir);
    List<Path> files = new ArrayList<>(count);
    List<String> reports = new SyntheticReports().generate(count, 42);
    for (int i = 0; i < count; i++) {
      files.add(Files.writeString(dir.resolve(String.format(Locale.ROOT, "r%05d.txt", i)), reports.get(i)));
    }
    return files;
  }

  /** CPU time of each import thread, as of its last document read. */
  private static final Map<Long, Long> WORKER_CPU = new ConcurrentHashMap<>();

  private static DocumentReader reader() {
    Documents documents = new Documents();
    ReportReader reader = new ReportReader();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    return (bytes, name) -> {
      WORKER_CPU.put(Thread.currentThread().getId(), threads.getCurrentThreadCpuTime());
      return reader.read(documents.read(bytes, name));
    };
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }


  private static void delete(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
