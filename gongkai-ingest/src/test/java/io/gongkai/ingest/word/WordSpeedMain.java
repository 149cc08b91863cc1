package io.gongkai.ingest.word;

import io.gongkai.model.SourceInfo;
import java.nio.file.Files;
import java.nio.file.Path;

/** Prints how long the readers take on the committed fixtures (warm JVM, median of many reads); not a test. */
public final class WordSpeedMain {
  private WordSpeedMain() {}

  public static void main(String[] args) throws Exception {
    for (String name : new String[] {"synthetic.docx", "synthetic.doc"}) {
      byte[] bytes = Files.readAllBytes(WordGoldenTest.FOLDER.resolve(name));
      SourceInfo source = new SourceInfo(name, "0".repeat(64), "doc");
      io.gongkai.ingest.FormatReader reader = name.endsWith("x") ? new DocxReader() : new DocReader(null);
      long[] times = new long[200];
      for (int i = 0; i < times.length; i++) {
        long t = System.nanoTime();
        reader.read(bytes, source);
        times[i] = System.nanoTime() - t;
      }
      java.util.Arrays.sort(times);
      System.out.printf("%s (%d bytes): median %.2f ms, slowest (cold) %.1f ms%n", name, bytes.length,
          times[times.length / 2] / 1e6, times[times.length - 1] / 1e6);
    }
  }
}
