package io.gongkai.store.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gongkai.ingest.TextDocuments;
import io.gongkai.model.Cell;
import io.gongkai.store.Database;
import io.gongkai.store.DatabaseTarget;
import io.gongkai.store.NewDocument;
import io.gongkai.store.ReportStore;
import io.gongkai.store.StoreException;
import io.gongkai.store.StoredFinding;
import io.gongkai.store.TestReaders;
import io.gongkai.testing.ReportGenerator;
import io.gongkai.testing.ReportGenerator.Blanks;
import io.gongkai.testing.Renderer;
import io.gongkai.testing.SyntheticReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Decisions on findings and corrections of cells, kept beside the printed values, on H2 and on PostgreSQL. */
class ReviewStoreTest {
  private static final String TARGETS = "io.gongkai.store.DatabaseTarget#all";
  private static final String TOTAL = "t3.new_received.total";
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"), ZoneOffset.UTC);
  @TempDir Path dir;

  @ParameterizedTest
  @MethodSource(TARGETS)
  void decisionsAndCorrectionsAreAddedAndThePrintedValueStays(DatabaseTarget target) {
    SyntheticReport report = new ReportGenerator(21).next(Blanks.NONE);
    report = report.withPrinted(Map.of(TOTAL, "999"));
    byte[] bytes = Renderer.TAB_SEPARATED.render(report).getBytes(StandardCharsets.UTF_8);
    try (DatabaseTarget.Fresh fresh = target.fresh(dir); Database db = fresh.open(2)) {
      ReportStore store = new ReportStore(db);
      long doc = store.add(new NewDocument(TextDocuments.sha256(bytes), "r.txt", null, null, bytes, true,
          TestReaders.allFormats().read(bytes, "r.txt"), "v1")).documentId();
      long run = store.runs(doc).get(0).id();
      List<Cell> printed = store.cells(run);
      StoredFinding h1 = store.findings(run).stream().filter(f -> f.finding().rule().equals("H1")).findFirst()
          .orElseThrow();

      ReviewStore reviews = new ReviewStore(db, CLOCK);
      reviews.decide(h1.id(), Decision.CONFIRM, "张三", null);
      reviews.decide(h1.id(), Decision.DISMISS, "李四", "原件总计印错，已电话核实 total misprinted, checked by phone");
      assertThat(reviews.decisions(h1.id())).extracting(Review::decision, Review::reviewer)
          .containsExactly(org.assertj.core.groups.Tuple.tuple(Decision.CONFIRM, "张三"),
              org.assertj.core.groups.Tuple.tuple(Decision.DISMISS, "李四"));
      assertThat(reviews.decisions(h1.id()).get(1).decidedAt().toInstant()).isEqualTo(CLOCK.instant());
      assertThatThrownBy(() -> reviews.decide(h1.id(), Decision.DISMISS, "王五", " "))
          .isInstanceOf(StoreException.class);
      assertThatThrownBy(() -> reviews.decide(-1, Decision.CONFIRM, "王五", null)).isInstanceOf(StoreException.class);

      Correction first = reviews.correct(run, TOTAL, "12", "李四", "按各列之和 sum of the columns");
      Correction second = reviews.correct(run, TOTAL, "13", "张三", "复核 rechecked");
      assertThat(first.oldValue()).isEqualTo("999");
      assertThat(second.oldValue()).isEqualTo("12");
      assertThat(reviews.corrections(run)).containsExactly(first, second);
      assertThat(store.cells(run)).isEqualTo(printed);
      assertThatThrownBy(() -> reviews.correct(run, "t9.no.such", "1", "张三", "x"))
          .isInstanceOf(StoreException.class).hasMessageContaining("t9.no.such");
    }
  }
}
