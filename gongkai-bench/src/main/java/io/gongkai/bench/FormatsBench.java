package io.gongkai.bench;

import io.gongkai.app.ReportReader;
import io.gongkai.ingest.formats.Documents;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.extractor.POITextExtractor;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.extractor.WordExtractor;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Per format, documents per second per core for what the underlying library alone does (jsoup parse, POI load and text
 * extraction, PDFBox text extraction) and for gongkai reading the same files (format reader and layout as text), and for the whole
 * parse+check; prints the ratio of our reading to the library's work (target: at most 1.5×, i.e. our own work adds at
 * most 50%). Times are the thread's CPU time, so other load on the machine disturbs them less.
 *
 * <p>Inputs: the real HTML and PDF reports of {@code ../shared/corpus/files} and the Word fixtures of
 * {@code gongkai-ingest/src/test/resources/word}. Run from the project root: {@code bash bench/formats}.
 */
public final class FormatsBench {
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
  private static final double TARGET = 1.5;

  private FormatsBench() {}

  /** Prints one line per format. Argument: seconds per measurement (default 5). */
  public static void main(String[] args) throws IOException {
    double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 5;
    Map<String, Consumer<byte[]>> libraries = new LinkedHashMap<>();
    libraries.put("html", FormatsBench::jsoup);
    libraries.put("docx", b -> close(() -> new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(b)))));
    libraries.put("doc", b -> close(() -> new WordExtractor(new HWPFDocument(new ByteArrayInputStream(b)))));
    libraries.put("pdf", FormatsBench::pdfText);
    System.out.printf(Locale.ROOT, "%-5s %5s %14s %14s %16s %8s%n", "fmt", "files", "library doc/s", "read doc/s",
        "parse+check doc/s", "ratio");
    for (Map.Entry<String, Consumer<byte[]>> e : libraries.entrySet()) {
      List<byte[]> files = inputs(e.getKey());
      if (files.isEmpty()) {
        System.out.printf("%-5s no input files found%n", e.getKey());
        continue;
      }
      Documents documents = new Documents();
      ReportReader reader = new ReportReader(documents::read);
      double library = perSecond(files, e.getValue(), seconds);
      double read = perSecond(files, b -> documents.read(b, "bench." + e.getKey()), seconds);
      double full = perSecond(files, b -> reader.read(documents.read(b, "bench." + e.getKey())), seconds);
      double ratio = library / read;
      System.out.printf(Locale.ROOT, "%-5s %5d %14.1f %14.1f %16.1f %8.2f   %s%n", e.getKey(), files.size(), library,
          read, full, ratio, ratio <= TARGET ? "target met" : "MISSED (target ≤ " + TARGET + ")");
    }
  }

  /** Documents per CPU-second: warm up for a third of the time, then measure. */
  private static double perSecond(List<byte[]> files, Consumer<byte[]> work, double seconds) {
    run(files, work, seconds / 3);
    long start = CPU.getCurrentThreadCpuTime();
    long n = run(files, work, seconds);
    return n / ((CPU.getCurrentThreadCpuTime() - start) / 1e9);
  }

  private static long run(List<byte[]> files, Consumer<byte[]> work, double seconds) {
    long end = System.nanoTime() + (long) (seconds * 1e9);
    long n = 0;
    while (System.nanoTime() < end) {
      for (byte[] f : files) {
        work.accept(f);
        n++;
      }
    }
    return n;
  }

  private static void jsoup(byte[] bytes) {
    try {
      org.jsoup.Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  private static void pdfText(byte[] bytes) {
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      new PDFTextStripper().getText(doc);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  private interface Open {
    POITextExtractor open() throws IOException;
  }

  /** POI's own reading: load the document and take its text. */
  private static void close(Open open) {
    try (POITextExtractor extractor = open.open()) {
      extractor.getText();
    } catch (Exception ex) {
      throw new IllegalStateException(ex);
    }
  }

  private static List<byte[]> inputs(String format) throws IOException {
    List<Path> dirs = List.of(Path.of("../shared/corpus/files"), Path.of("gongkai-ingest/src/test/resources/word"));
    List<byte[]> out = new ArrayList<>();
    for (Path dir : dirs) {
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (var s = Files.list(dir)) {
        for (Path p : s.filter(f -> f.toString().endsWith("." + format)).sorted().toList()) {
          out.add(Files.readAllBytes(p));
        }
      }
    }
    return out;
  }
}
