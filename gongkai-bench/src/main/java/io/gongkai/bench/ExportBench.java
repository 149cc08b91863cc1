package io.gongkai.bench;

import io.gongkai.app.ReportReader;
import io.gongkai.export.CsvTableWriter;
import io.gongkai.export.ExportSummary;
import io.gongkai.export.Exporter;
import io.gongkai.export.Header;
import io.gongkai.export.JsonTableWriter;
import io.gongkai.export.ReportFilter;
import io.gongkai.export.Shape;
import io.gongkai.export.TableWriter;
import io.gongkai.export.XlsxTableWriter;
import io.gongkai.imports.ImportOptions;
import io.gongkai.imports.ImportSummary;
import io.gongkai.imports.Importer;
import io.gongkai.ingest.formats.Documents;
import io.gongkai.schema.Edition;
import io.gongkai.stats.GroupBy;
import io.gongkai.stats.Statistics;
import io.gongkai.stats.StatsResult;
import io.gongkai.store.Database;
import io.gongkai.store.DatabaseLocation;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;

/**
 * Measures exports and statistics over many stored reports. {@code import N DB} stores N generated reports, each of
 * its own organ and year (so N reports, not N documents of fewer reports); {@code export DB} then writes the long and
 * wide tables in each format to a temporary folder and computes statistics, printing rows per second and the peak
 * heap of each. Run the two in separate JVMs, the export with a small heap, as {@code bench/export} does.
 */
public final class ExportBench {
  /** Characters of made-up place names: none ends a unit or belongs to a department's name (organ-names.tsv). */
  private static final String CHARS = "东南西北青白云临松柳金石竹桃梅兰山河湖江岭川泉溪林峰安平宁永";
  private static final String[] ORGANS = {"县人民政府", "县交通运输局", "县生态环境局", "县农业农村局", "县市场监督管理局",
      "县财政局"};

  private ExportBench() {}

  public static void main(String[] args) throws IOException {
    if (args.length == 3 && args[0].equals("import")) {
      importReports(Integer.parseInt(args[1]), DatabaseLocation.of(args[2]));
    } else if (args.length == 2 && args[0].equals("export")) {
      export(DatabaseLocation.of(args[1]));
    } else {
      System.err.println("usage: ExportBench import N DATABASE | export DATABASE");
      System.exit(2);
    }
  }

  private static void importReports(int count, DatabaseLocation location) throws IOException {
    Path dir = Files.createTempDirectory("gongkai-export-bench");
    List<Path> files = new ArrayList<>(count);
    SyntheticReports generator = new SyntheticReports();
    Random rnd = new Random(42);
    for (int i = 0; i < count; i++) {
      String place = "" + CHARS.charAt(i / 12 / CHARS.length() % CHARS.length()) + CHARS.charAt(i / 12 % CHARS.length());
      boolean newer = i % 2 == 0;
      String text = generator.report(newer ? Edition.E2021 : Edition.E2019, newer ? 2021 : 2020,
          place + ORGANS[i / 2 % ORGANS.length], rnd);
      files.add(Files.writeString(dir.resolve(String.format(Locale.ROOT, "r%05d.txt", i)), text));
    }
    int threads = Runtime.getRuntime().availableProcessors();
    try (Database db = Database.open(location, threads + 1)) {
      ImportSummary s = new Importer(new io.gongkai.store.ReportStore(db), () -> {
        Documents documents = new Documents();
        ReportReader reader = new ReportReader();
        return (bytes, name) -> reader.read(documents.read(bytes, name));
      }, new ImportOptions(threads, "bench", false, false)).run(files, o -> {});
      System.out.printf(Locale.ROOT, "imported %d documents in %.1f s, %d failed%n", s.outcomes().size(),
          s.nanos() / 1e9, s.failures().size());
    }
    for (Path f : files) {
      Files.delete(f);
    }
    Files.delete(dir);
  }

  private static void export(DatabaseLocation location) throws IOException {
    Path dir = Files.createTempDirectory("gongkai-export-bench");
    System.out.printf(Locale.ROOT, "heap max %.0f MB%n", Runtime.getRuntime().maxMemory() / 1e6);
    try (Database db = Database.open(location, 2)) {
      Exporter exporter = new Exporter(db);
      for (Shape shape : Shape.values()) {
        run(exporter, shape, "csv", dir, o -> new CsvTableWriter(writer(o), Header.KEYS));
        run(exporter, shape, "json", dir, o -> new JsonTableWriter(writer(o)));
        run(exporter, shape, "xlsx", dir, o -> new XlsxTableWriter(o, Header.KEYS, "data"));
      }
      HeapWatch heap = HeapWatch.start();
      long t = System.nanoTime();
      StatsResult s = new Statistics(db).compute(ReportFilter.all(), List.of(GroupBy.LEVEL, GroupBy.YEAR), List.of());
      double seconds = (System.nanoTime() - t) / 1e9;
      HeapWatch.Peaks p = heap.stop();
      System.out.printf(Locale.ROOT, "stats by level,year: %d reports, %d groups in %.1f s (%.0f reports/s);"
          + " peak heap %.0f MB in use, %.0f MB after GC%n", s.all().reports(), s.groups().size(), seconds,
          s.all().reports() / seconds, p.used() / 1e6, p.afterGc() / 1e6);
    }
    Files.delete(dir);
  }

  private static void run(Exporter exporter, Shape shape, String format, Path dir,
      Function<OutputStream, TableWriter> writer) throws IOException {
    Path file = dir.resolve(shape.name().toLowerCase(Locale.ROOT) + "." + format);
    HeapWatch heap = HeapWatch.start();
    long t = System.nanoTime();
    ExportSummary s;
    try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      s = exporter.export(ReportFilter.all(), shape, writer.apply(out));
    }
    double seconds = (System.nanoTime() - t) / 1e9;
    HeapWatch.Peaks p = heap.stop();
    System.out.printf(Locale.ROOT, "%-5s %-4s %6d reports %9d rows %6.1f s %8.0f rows/s %7.1f MB file;"
        + " peak heap %.0f MB in use, %.0f MB after GC%n", shape.name().toLowerCase(Locale.ROOT), format, s.reports(),
        s.rows(), seconds, s.rows() / seconds, Files.size(file) / 1e6, p.used() / 1e6, p.afterGc() / 1e6);
    Files.delete(file);
  }

  private static Writer writer(OutputStream out) {
    return new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
  }
}
