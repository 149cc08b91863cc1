package io.gongkai.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.gongkai.ingest.TextDocuments;
import io.gongkai.store.Database;
import io.gongkai.store.DatabaseTarget;
import io.gongkai.store.ReportStore;
import io.gongkai.store.StoreCounts;
import io.gongkai.store.SyntheticFolder;
import io.gongkai.store.TestReaders;
import io.gongkai.store.organ.Organ;
import io.gongkai.store.organ.OrganStore;
import io.gongkai.testing.ReportGenerator;
import io.gongkai.testing.ReportGenerator.Blanks;
import io.gongkai.testing.Renderer;
import io.gongkai.testing.SyntheticReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Importing folders, on H2 and on PostgreSQL. */
class ImporterTest {
  private static final String TARGETS = "io.gongkai.store.DatabaseTarget#all";
  @TempDir Path dir;

  @ParameterizedTest
  @MethodSource(TARGETS)
  void importingAFolderTwiceChangesNothingAndFailuresSayWhy(DatabaseTarget target) throws IOException {
    List<Path> files = new ArrayList<>(SyntheticFolder.write(dir.resolve("in"), 30, 3));
    files.add(Files.copy(files.get(0), dir.resolve("in/copy.txt")));
    Path broken = Files.write(dir.resolve("in/broken.pdf"), "%PDF-1.7\n%%garbage".getBytes());
    Path empty = Files.createFile(dir.resolve("in/empty.txt"));
    files.add(broken);
    files.add(empty);
    long distinct = files.stream().filter(f -> !f.equals(broken) && !f.equals(empty)).map(ImporterTest::sha)
        .distinct().count();
    try (DatabaseTarget.Fresh fresh = target.fresh(dir); Database db = fresh.open(3)) {
      ReportStore store = new ReportStore(db);
      Importer importer = new Importer(store, TestReaders::allFormats, new ImportOptions(2, "v1", true, false));
      List<FileOutcome> seen = new ArrayList<>();
      ImportSummary first = importer.run(files, seen::add);
      assertThat(seen).extracting(FileOutcome::file).containsExactlyElementsOf(files);
      assertThat(first.count(FileOutcome.Kind.ADDED)).isEqualTo(distinct);
      assertThat(first.count(FileOutcome.Kind.UNCHANGED)).isEqualTo(files.size() - 2 - distinct);
      assertThat(first.failures()).extracting(FileOutcome::file).containsExactly(broken, empty);
      assertThat(first.failures()).allSatisfy(f -> assertThat(f.reason()).contains(f.file().toString()));
      StoreCounts counts = store.counts();
      assertThat(counts.documents()).isEqualTo(distinct);
      assertThat(counts.runs()).isEqualTo(distinct);
      assertThat(counts.contents()).isEqualTo(distinct);

      ImportSummary second = importer.run(files, o -> {});
      assertThat(second.count(FileOutcome.Kind.UNCHANGED)).isEqualTo(files.size() - 2);
      assertThat(second.count(FileOutcome.Kind.ADDED)).isZero();
      assertThat(store.counts()).isEqualTo(counts);
    }
  }

  @ParameterizedTest
  @MethodSource(TARGETS)
  void aNewExtractorVersionRereadsOnRequestOnlyAndKeepsTheOldRuns(DatabaseTarget target) {
    List<Path> files = SyntheticFolder.write(dir.resolve("in"), 5, 4);
    try (DatabaseTarget.Fresh fresh = target.fresh(dir); Database db = fresh.open(3)) {
      ReportStore store = new ReportStore(db);
      new Importer(store, TestReaders::allFormats, new ImportOptions(2, "v1", false, false)).run(files, o -> {});
      assertThat(store.counts().contents()).isZero();
      ImportSummary quiet = new Importer(store, TestReaders::allFormats, new ImportOptions(2, "v2", false, false))
          .run(files, o -> {});
      assertThat(quiet.count(FileOutcome.Kind.UNCHANGED)).isEqualTo(5);
      Importer rereading = new Importer(store, TestReaders::allFormats, new ImportOptions(2, "v2", false, true));
      assertThat(rereading.run(files, o -> {}).count(FileOutcome.Kind.REREAD)).isEqualTo(5);
      assertThat(rereading.run(files, o -> {}).count(FileOutcome.Kind.UNCHANGED)).isEqualTo(5);
      StoreCounts counts = store.counts();
      assertThat(counts.documents()).isEqualTo(5);
      assertThat(counts.runs()).isEqualTo(10);
    }
  }

  @ParameterizedTest
  @MethodSource(TARGETS)
  void storedDocumentsAreRereadFromTheirBytesOrTheirPath(DatabaseTarget target) throws IOException {
    List<Path> kept = SyntheticFolder.write(dir.resolve("kept"), 3, 6);
    List<Path> pathsOnly = SyntheticFolder.write(dir.resolve("paths"), 3, 7);
    try (DatabaseTarget.Fresh fresh = target.fresh(dir); Database db = fresh.open(3)) {
      ReportStore store = new ReportStore(db);
      new Importer(store, TestReaders::allFormats, new ImportOptions(2, "v1", true, false)).run(kept, o -> {});
      new Importer(store, TestReaders::allFormats, new ImportOptions(2, "v1", false, false)).run(pathsOnly, o -> {});
      Files.delete(pathsOnly.get(0));
      Importer v2 = new Importer(store, TestReaders::allFormats, new ImportOptions(2, "v2", false, false));
      ImportSummary reread = v2.rereadStored(o -> {});
      assertThat(reread.count(FileOutcome.Kind.REREAD)).isEqualTo(5);
      assertThat(reread.failures()).singleElement().satisfies(f -> {
        assertThat(f.file()).isEqualTo(pathsOnly.get(0).toAbsolutePath());
        assertThat(f.reason()).contains("no such file");
      });
      assertThat(store.counts().runs()).isEqualTo(11);
      assertThat(v2.rereadStored(o -> {}).outcomes()).hasSize(1);
    }
  }

  @ParameterizedTest
  @MethodSource(TARGETS)
  void mergingAndSplittingOrgansMovesTheirReports(DatabaseTarget target) {
    ReportGenerator generator = new ReportGenerator(5);
    List<Path> files = List.of(
        write("a.txt", generator.next(Blanks.NONE), "上海市科学技术委员会", 2022),
        write("b.txt", generator.next(Blanks.NONE), "上海市科委", 2022),
        write("c.txt", generator.next(Blanks.NONE), "上海市科委", 2023));
    try (DatabaseTarget.Fresh fresh = target.fresh(dir); Database db = fresh.open(3)) {
      ReportStore store = new ReportStore(db);
      ImportSummary s = new Importer(store, TestReaders::allFormats, new ImportOptions(2, "v1", true, false))
          .run(files, o -> {});
      assertThat(s.count(FileOutcome.Kind.ADDED)).isEqualTo(3);
      OrganStore organs = new OrganStore(db);
      assertThat(organs.list()).extracting(Organ::name, Organ::reports)
          .containsExactlyInAnyOrder(tuple("上海市科学技术委员会", 1L), tuple("上海市科委", 2L));
      assertThat(store.counts().reports()).isEqualTo(3);

      organs.merge(id(organs, "上海市科学技术委员会"), id(organs, "上海市科委"));
      assertThat(organs.list()).singleElement().satisfies(o -> assertThat(o.reports()).isEqualTo(2));
      assertThat(store.counts().reports()).isEqualTo(2);

      organs.split("上海市科委");
      assertThat(organs.list()).extracting(Organ::name, Organ::reports)
          .containsExactlyInAnyOrder(tuple("上海市科学技术委员会", 1L), tuple("上海市科委", 2L));
      assertThat(store.counts().reports()).isEqualTo(3);
    }
  }

  private static long id(OrganStore organs, String name) {
    return organs.list().stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow().id();
  }

  private Path write(String name, SyntheticReport report, String agency, int year) {
    SyntheticReport renamed = new SyntheticReport(report.edition(), year, agency, report.printed());
    try {
      return Files.writeString(dir.resolve(name), Renderer.TAB_SEPARATED.render(renamed));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha(Path file) {
    try {
      return TextDocuments.sha256(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
