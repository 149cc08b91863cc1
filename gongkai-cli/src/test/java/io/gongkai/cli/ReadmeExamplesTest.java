package io.gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every {@code ./gongkai …} example of the README in-process, with the example file names pointing at synthetic
 * reports, so the README cannot drift from the command line. An example passes when it is not a usage error or a bug.
 */
class ReadmeExamplesTest {
  @TempDir static Path dir;

  @TestFactory
  Stream<DynamicTest> readmeExamplesRun() throws IOException {
    List<String> examples = Files.readAllLines(Path.of("..", "README.md")).stream()
        .map(String::strip)
        .filter(l -> l.startsWith("./gongkai "))
        .map(l -> l.replaceFirst("\\s+#.*$", ""))
        .toList();
    assertThat(examples).isNotEmpty();
    prepareFiles();
    return examples.stream().map(e -> DynamicTest.dynamicTest(e, () -> {
      CliRun run = CliRun.of(arguments(e));
      assertThat(run.code()).as(run.err()).isIn(ExitCode.OK, ExitCode.FINDINGS);
    }));
  }

  private static void prepareFiles() throws IOException {
    Files.createDirectories(dir.resolve("other"));
    Files.createDirectories(dir.resolve("DIR"));
    for (String name : List.of("report.txt", "a.txt", "b.md", "other/x.txt", "DIR/y.txt", "seeds/z.txt")) {
      Path file = dir.resolve(name);
      Files.createDirectories(file.getParent());
      Files.writeString(file, SyntheticReport.text());
    }
  }

  private static String[] arguments(String example) {
    String seeds = System.getProperty("gongkai.shared", "") + "/seeds";
    List<String> args = new ArrayList<>();
    List<String> words = Arrays.asList(example.split("\\s+"));
    for (int i = 1; i < words.size(); i++) {
      String word = words.get(i);
      if (words.get(i - 1).equals("--db") && !word.startsWith("jdbc:") || words.get(i - 1).equals("--out")) {
        args.add(dir.resolve(word).toString());
      } else if (word.equals("../shared/seeds")) {
        args.add(Files.isDirectory(Path.of(seeds)) ? seeds : dir.resolve("seeds").toString());
      } else if (word.equals("../shared/corpus/files")) {
        args.add(dir.resolve("DIR").toString());
      } else if (!word.startsWith("-") && Files.exists(dir.resolve(word))) {
        args.add(dir.resolve(word).toString());
      } else {
        args.add(word);
      }
    }
    if (!example.contains("--db") && List.of("import", "organs", "report", "export", "stats").contains(args.get(0))) {
      // Examples that use the default database must not write into the data folder of whoever runs the tests.
      args.addAll(1, List.of("--db", dir.resolve("readme-db/gongkai").toString()));
    }
    return args.toArray(String[]::new);
  }
}
