package io.gongkai.ingest.html;

import io.gongkai.model.SourceInfo;
import java.nio.file.Files;
import java.nio.file.Path;

/** Prints how long the HTML reader takes per file given, warm: a measurement, not a test. */
public final class HtmlTiming {
  private HtmlTiming() {}

  public static void main(String[] args) throws Exception {
    for (String a : args) {
      byte[] bytes = Files.readAllBytes(Path.of(a));
      SourceInfo info = new SourceInfo(Path.of(a).getFileName().toString(), "0", "html");
      for (int i = 0; i < 5; i++) {
        new HtmlReader().read(bytes, info);
      }
      int runs = 20;
      long start = System.nanoTime();
      for (int i = 0; i < runs; i++) {
        new HtmlReader().read(bytes, info);
      }
      System.out.printf("%s: %d KB, %.1f ms per read%n", Path.of(a).getFileName(), bytes.length / 1024,
          (System.nanoTime() - start) / 1e6 / runs);
    }
  }
}
