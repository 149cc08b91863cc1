package io.gongkai.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.gongkai.store.Database;
import io.gongkai.store.DatabaseTarget;
import io.gongkai.store.ReportStore;
import io.gongkai.store.StoreCounts;
import io.gongkai.store.TestReaders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The seeds and the real corpus of {@code ../shared}, imported twice: the second import changes nothing. Skipped when
 * the shared folder is absent.
 */
class CorpusImportTest {
  @TempDir Path dir;

  @ParameterizedTest
  @MethodSource("io.gongkai.store.DatabaseTarget#all")
  void importingTheSeedsAndTheCorpusTwiceLeavesIdenticalCounts(DatabaseTarget target) throws IOException {
    Path shared = Path.of(System.getProperty("gongkai.shared", "../../shared"));
    assumeTrue(Files.isDirectory(shared.resolve("seeds")), "../shared is absent");
    List<Path> files = Stream.concat(list(shared.resolve("seeds")), list(shared.resolve("corpus/files"))).toList();
    assertThat(files).isNotEmpty();
    try (DatabaseTarget.Fresh fresh = target.fresh(dir); Database db = fresh.open(3)) {
      ReportStore store = new ReportStore(db);
      Importer importer = new Importer(store, TestReaders::allFormats, new ImportOptions(2, "v1", true, false));
      ImportSummary first = importer.run(files, o -> {});
      first.failures().forEach(f -> System.out.println("corpus import failed: " + f.reason()));
      StoreCounts counts = store.counts();
      assertThat(counts.documents()).isEqualTo(first.count(FileOutcome.Kind.ADDED));
      assertThat(counts.documents()).isGreaterThan(files.size() / 2);

      ImportSummary second = importer.run(files, o -> {});
      assertThat(second.count(FileOutcome.Kind.ADDED)).isZero();
      assertThat(second.failures()).extracting(FileOutcome::file)
          .containsExactlyElementsOf(first.failures().stream().map(FileOutcome::file).toList());
      assertThat(store.counts()).isEqualTo(counts);
    }
  }

  private static Stream<Path> list(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return Stream.empty();
    }
    try (Stream<Path> s = Files.list(folder)) {
      return s.filter(Files::isRegularFile).sorted().toList().stream();
    }
  }
}
