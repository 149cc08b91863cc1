package io.gongkai.ingest.word;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Test-side LibreOffice: converts many files in one soffice run (start-up is most of its ~2 s per call). */
public final class Soffice {
  private Soffice() {}

  public static boolean available() {
    return LibreOffice.find(System.getenv("PATH")).isPresent();
  }

  /**
   * Converts {@code files} to {@code format} (an extension such as {@code doc}) into {@code outDir}; returns the
   * converted files in the same order.
   */
  public static List<Path> convert(List<Path> files, String format, Path outDir) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory("gongkai-soffice-test-");
    try {
      List<String> command = new ArrayList<>(List.of("soffice", "-env:UserInstallation=" + profile.toUri(),
          "--headless", "--norestore", "--convert-to", format, "--outdir", outDir.toString()));
      files.forEach(f -> command.add(f.toString()));
      Process p = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(profile.resolve("log.txt").toFile()).start();
      if (!p.waitFor(10L + 5L * files.size(), TimeUnit.SECONDS)) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        throw new IllegalStateException("soffice timed out");
      }
      List<Path> out = new ArrayList<>();
      for (Path f : files) {
        String name = f.getFileName().toString();
        Path converted = outDir.resolve(name.substring(0, name.lastIndexOf('.') + 1) + format);
        if (!Files.isRegularFile(converted)) {
          throw new IllegalStateException("soffice did not convert " + f + ": "
              + Files.readString(profile.resolve("log.txt")));
        }
        out.add(converted);
      }
      return out;
    } finally {
      try (Stream<Path> paths = Files.walk(profile)) {
        paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
  }
}
