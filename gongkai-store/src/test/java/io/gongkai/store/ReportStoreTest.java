package io.gongkai.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.ingest.TextDocuments;
import io.gongkai.model.Report;
import io.gongkai.testing.ReportGenerator;
import io.gongkai.testing.ReportGenerator.Blanks;
import io.gongkai.testing.Renderer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Storing documents, on H2 and on PostgreSQL. */
class ReportStoreTest {
  private static final String TARGETS = "io.gongkai.store.DatabaseTarget#all";
  @TempDir Path dir;

  @ParameterizedTest
  @MethodSource(TARGETS)
  void aDocumentIsStoredWholeAndReadBackExactly(DatabaseTarget target) {
    byte[] bytes = report(1);
    NewDocument doc = document(bytes, "v1");
    try (DatabaseTarget.Fresh fresh = target.fresh(dir); Database db = fresh.open(2)) {
      ReportStore store = new ReportStore(db);
      Stored stored = store.add(doc);
      assertThat(stored.added()).isTrue();
      assertThat(store.documentId(doc.sha256())).contains(stored.documentId());
      List<Run> runs = store.runs(stored.documentId());
      assertThat(runs).singleElement().satisfies(r -> {
        assertThat(r.extractorVersion()).isEqualTo("v1");
        assertThat(r.year()).isEqualTo(doc.report().reading().year());
        assertThat(r.agency()).isEqualTo(doc.report().reading().agency());
      });
      long run = runs.get(0).id();
      assertThat(store.cells(run)).isEqualTo(doc.report().reading().cells());
      assertThat(store.findings(run)).extracting(StoredFinding::finding).isEqualTo(doc.report().findings());
      assertThat(store.content(stored.documentId())).hasValueSatisfying(b -> assertThat(b).isEqualTo(bytes));
      StoreCounts counts = store.counts();
      assertThat(counts).isEqualTo(new StoreCounts(1, 1, 1, 1, 1, 1, doc.report().reading().cells().size(),
          doc.report().findings().size()));
    }
  }

  @ParameterizedTest
  @MethodSource(TARGETS)
  void theSameBytesAreStoredOnceAndANewExtractorAddsARun(DatabaseTarget target) {
    byte[] bytes = report(2);
    try (DatabaseTarget.Fresh fresh = target.fresh(dir); Database db = fresh.open(2)) {
      ReportStore store = new ReportStore(db);
      long id = store.add(document(bytes, "v1")).documentId();
      StoreCounts once = store.counts();
      assertThat(store.add(document(bytes, "v1"))).isEqualTo(new Stored(id, false));
      assertThat(store.counts()).isEqualTo(once);
      assertThat(store.addRun(id, document(bytes, "v2").report(), "v2")).isTrue();
      assertThat(store.addRun(id, document(bytes, "v2").report(), "v2")).isFalse();
      assertThat(store.runs(id)).extracting(Run::extractorVersion).containsExactly("v1", "v2");
      assertThat(store.counts().documents()).isEqualTo(1);
      assertThat(store.counts().runs()).isEqualTo(2);
    }
  }

  @ParameterizedTest
  @MethodSource(TARGETS)
  void threadsStoringTheSameBytesOrTheSameNewOrganAtOnceStoreThemOnce(DatabaseTarget target) throws Exception {
    // Reports 10..17 differ in bytes; each is submitted three times, all at once, by eight threads.
    List<NewDocument> docs = java.util.stream.IntStream.range(10, 18).mapToObj(i -> document(report(i), "v1"))
        .toList();
    try (DatabaseTarget.Fresh fresh = target.fresh(dir); Database db = fresh.open(8)) {
      ReportStore store = new ReportStore(db);
      ExecutorService pool = Executors.newFixedThreadPool(8);
      try {
        List<Callable<Stored>> tasks = new java.util.ArrayList<>();
        for (int round = 0; round < 3; round++) {
          docs.forEach(d -> tasks.add(() -> store.add(d)));
        }
        List<Stored> results = new java.util.ArrayList<>();
        for (Future<Stored> f : pool.invokeAll(tasks)) {
          results.add(f.get());
        }
        assertThat(results.stream().filter(Stored::added)).hasSize(docs.size());
      } finally {
        pool.shutdownNow();
      }
      StoreCounts counts = store.counts();
      assertThat(counts.documents()).isEqualTo(docs.size());
      assertThat(counts.runs()).isEqualTo(docs.size());
      long organs = docs.stream().map(d -> io.gongkai.store.organ.OrganName.of(d.report().reading().agency()).key())
          .distinct().count();
      assertThat(counts.organs()).isEqualTo(organs);
      assertThat(counts.aliases()).isEqualTo(organs);
    }
  }

  /** A synthetic report's text; different seeds give different bytes. */
  static byte[] report(long seed) {
    return Renderer.TAB_SEPARATED.render(new ReportGenerator(seed).next(Blanks.ANY)).getBytes(StandardCharsets.UTF_8);
  }

  static NewDocument document(byte[] bytes, String version) {
    Report report = TestReaders.allFormats().read(bytes, "report.txt");
    return new NewDocument(TextDocuments.sha256(bytes), "report.txt", "/tmp/report.txt", null, bytes, true, report,
        version);
  }
}
