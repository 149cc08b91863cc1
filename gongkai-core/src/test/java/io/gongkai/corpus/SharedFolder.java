package io.gongkai.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/** The real reports beside the project ({@code ../shared}); tests that read them are skipped when it is absent. */
public final class SharedFolder {
  private SharedFolder() {}

  public static Path root() {
    String configured = System.getProperty("gongkai.shared");
    if (configured != null && Files.isDirectory(Path.of(configured, "seeds"))) {
      return Path.of(configured).toAbsolutePath().normalize();
    }
    // Run from the repository root or from a module: look for a "shared" folder beside any ancestor.
    for (Path a = Path.of("").toAbsolutePath(); a != null && a.getParent() != null; a = a.getParent()) {
      Path candidate = a.resolveSibling("shared");
      if (Files.isDirectory(candidate.resolve("seeds"))) {
        return candidate.normalize();
      }
    }
    Assumptions.assumeTrue(false, "../shared is absent: corpus tests skipped");
    return null;
  }

  /** The text and markdown reports of the seeds and the corpus, as paths relative to the shared folder. */
  static List<String> textReports() {
    return reports(".txt", ".md");
  }

  /** The reports of the seeds and the corpus whose names end with one of the suffixes, relative to the folder. */
  public static List<String> reports(String... suffixes) {
    Path root = root();
    try (Stream<Path> s = Stream.concat(Files.list(root.resolve("seeds")), Files.list(root.resolve("corpus/files")))) {
      return s.filter(p -> java.util.Arrays.stream(suffixes).anyMatch(x -> p.toString().endsWith(x)))
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String read(String relative) {
    try {
      return Files.readString(root().resolve(relative));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
