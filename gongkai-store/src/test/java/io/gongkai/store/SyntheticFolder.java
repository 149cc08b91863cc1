package io.gongkai.store;

import io.gongkai.testing.ReportGenerator;
import io.gongkai.testing.ReportGenerator.Blanks;
import io.gongkai.testing.Renderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes folders of synthetic text reports for the import tests. */
public final class SyntheticFolder {
  private SyntheticFolder() {}

  /** {@code count} reports as {@code report-00001.txt} … in {@code dir}, reproducible from {@code seed}. */
  public static List<Path> write(Path dir, int count, long seed) {
    ReportGenerator generator = new ReportGenerator(seed);
    List<Path> files = new ArrayList<>();
    try {
      Files.createDirectories(dir);
      for (int i = 1; i <= count; i++) {
        Path file = dir.resolve(String.format("report-%05d.txt", i));
        Files.writeString(file, Renderer.TAB_SEPARATED.render(generator.next(Blanks.ANY)));
        files.add(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }
}
