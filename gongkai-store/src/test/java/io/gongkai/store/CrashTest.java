package io.gongkai.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.imports.FileOutcome;
import io.gongkai.imports.ImportOptions;
import io.gongkai.imports.ImportSummary;
import io.gongkai.imports.Importer;
import io.gongkai.ingest.TextDocuments;
import io.gongkai.schema.Edition;
import io.gongkai.schema.Template;
import io.gongkai.store.internal.Sql;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A child JVM importing a folder is killed with SIGKILL mid-run: the database opens, holds only whole documents, and
 * a rerun stores every file exactly once.
 */
class CrashTest {
  private static final int FILES = 200;
  private static final int KILL_AFTER = 20;
  @TempDir Path dir;

  @ParameterizedTest
  @MethodSource("io.gongkai.store.DatabaseTarget#all")
  void aKilledImportLeavesWholeDocumentsAndARerunFinishesIt(DatabaseTarget target) throws Exception {
    Path folder = dir.resolve("in");
    List<Path> files = SyntheticFolder.write(folder, FILES, 11);
    long distinct = files.stream().map(CrashTest::sha).distinct().count();
    try (DatabaseTarget.Fresh fresh = target.fresh(dir)) {
      int done = importAndKill(fresh.location(), folder);
      assertThat(done).as("files done before the kill").isGreaterThanOrEqualTo(KILL_AFTER);
      try (Database db = fresh.open(3)) {
        ReportStore store = new ReportStore(db);
        long stored = store.counts().documents();
        assertThat(stored).as("documents stored before the kill").isLessThan(distinct);
        assertWhole(db, store);

        ImportSummary rerun = new Importer(store, TestReaders::allFormats, new ImportOptions(2, "v1", true, false))
            .run(files, o -> {});
        assertThat(rerun.failures()).isEmpty();
        assertThat(rerun.count(FileOutcome.Kind.ADDED)).isEqualTo(distinct - stored);
        StoreCounts counts = store.counts();
        assertThat(counts.documents()).isEqualTo(distinct);
        assertThat(counts.runs()).isEqualTo(distinct);
        assertWhole(db, store);
      }
    }
  }

  /** Starts the child, waits until it has done {@link #KILL_AFTER} files, kills it; returns how many it reported. */
  private static int importAndKill(DatabaseLocation location, Path folder) throws Exception {
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m", "-cp", classpath, ImportFolderMain.class.getName(), location.url(), folder.toString(), "2")
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    int lines = 0;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
        StandardCharsets.UTF_8))) {
      while (lines < KILL_AFTER && out.readLine() != null) {
        lines++;
      }
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(128 + 9);
    return lines;
  }

  private static void assertWhole(Database db, ReportStore store) {
    List<Long> incomplete = db.jdbi().withHandle(h -> h.createQuery(Sql.get("test/incomplete_documents"))
        .mapTo(Long.class).list());
    assertThat(incomplete).as("documents that are not whole").isEmpty();
    List<Long> ids = db.jdbi().withHandle(h -> h.createQuery(Sql.get("test/document_files"))
        .map((rs, ctx) -> rs.getLong("id")).list());
    for (long id : ids) {
      Run run = store.runs(id).get(0);
      int expected = Template.standard().cells(Edition.ofCode(run.edition())).size();
      assertThat(store.cells(run.id())).as("cells of document " + id).hasSize(expected);
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
