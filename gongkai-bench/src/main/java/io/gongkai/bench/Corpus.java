package io.gongkai.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The inputs a benchmark runs over, as the bytes of files: the seed reports found beside the project (read at run
 * time, never copied into the repository) or generated reports.
 *
 * @param names file names, parallel to {@code bytes}
 */
record Corpus(String name, List<String> names, List<byte[]> bytes) {
  /** The seeds. */
  static final String SEEDS = "seeds";
  /** Generated reports of both editions. */
  static final String GENERATED = "generated";
  /** How many reports the generated corpus holds. */
  static final int GENERATED_SIZE = 200;

  Corpus {
    names = List.copyOf(names);
    bytes = List.copyOf(bytes);
  }

  int size() {
    return names.size();
  }

  static Corpus load(String name) {
    return switch (name) {
      case SEEDS -> seeds();
      case GENERATED -> generated();
      default -> throw new IllegalArgumentException("unknown corpus: " + name);
    };
  }

  static Corpus generated() {
    List<String> names = new ArrayList<>();
    List<byte[]> bytes = new ArrayList<>();
    List<String> reports = new SyntheticReports().generate(GENERATED_SIZE, 20240101L);
    for (int i = 0; i < reports.size(); i++) {
      names.add("generated-" + i + ".txt");
      bytes.add(reports.get(i).getBytes(StandardCharsets.UTF_8));
    }
    return new Corpus(GENERATED, names, bytes);
  }

  /** The seed reports, or an empty corpus when the folder is not there. */
  static Corpus seeds() {
    List<String> names = new ArrayList<>();
    List<byte[]> bytes = new ArrayList<>();
    Path dir = seedDir();
    if (dir != null) {
      try (Stream<Path> files = Files.list(dir)) {
        for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
          names.add(f.getFileName().toString());
          bytes.add(Files.readAllBytes(f));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read seeds in " + dir, e);
      }
    }
    return new Corpus(SEEDS, names, bytes);
  }

  /** {@code -Dgongkai.seeds=DIR}, else {@code ../shared/seeds} from the project root or from a module folder. */
  static Path seedDir() {
    String configured = System.getProperty("gongkai.seeds");
    List<Path> candidates = configured != null
        ? List.of(Path.of(configured))
        : List.of(Path.of("../shared/seeds"), Path.of("../../shared/seeds"));
    return candidates.stream().filter(Files::isDirectory).findFirst().orElse(null);
  }
}
