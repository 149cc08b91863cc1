package io.gongkai.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongkai.export.Fixture;
import io.gongkai.export.ReportFilter;
import io.gongkai.ingest.TextDocuments;
import io.gongkai.model.Cell;
import io.gongkai.model.Reading;
import io.gongkai.model.Report;
import io.gongkai.model.Severity;
import io.gongkai.model.Status;
import io.gongkai.output.Language;
import io.gongkai.schema.Edition;
import io.gongkai.store.Database;
import io.gongkai.store.DatabaseTarget;
import io.gongkai.store.NewDocument;
import io.gongkai.store.ReportStore;
import io.gongkai.store.TestReaders;
import io.gongkai.store.organ.Level;
import io.gongkai.testing.Renderer;
import io.gongkai.testing.ReportGenerator;
import io.gongkai.testing.ReportGenerator.Blanks;
import io.gongkai.testing.SyntheticReport;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Statistics against sums computed from the generated reports' known values, on H2 and PostgreSQL. */
class StatsTest {
  private static final String TARGETS = "io.gongkai.store.DatabaseTarget#all";
  private static final String RECEIVED = "t3.new_received.total";
  /** A report whose 一、本年新收 total was read as uncertain, so it is left out of what needs it. */
  private static final String UNCERTAIN = "江苏省淮安市淮阴区人民政府";
  @TempDir Path dir;

  @ParameterizedTest
  @MethodSource(TARGETS)
  void figuresByYearAreTheSumsOfTheReportsKnownValues(DatabaseTarget target) throws Exception {
    try (DatabaseTarget.Fresh fresh = target.fresh(dir); Database db = fresh.open(2)) {
      List<Fixture.Imported> reports = load(db);
      StatsResult s = new Statistics(db).compute(ReportFilter.all(), List.of(GroupBy.YEAR), List.of());
      assertThat(s.groups()).extracting(g -> g.group().year()).containsExactly(2020, 2021, 2022);
      for (GroupStats g : s.groups()) {
        check(g, reports.stream().filter(r -> r.report().year() == g.group().year()).toList(), db);
      }
      check(s.all(), reports, db);
      assertThat(s.groups().get(1).received().leftOut()).isEqualTo(1);
      assertThat(s.groups().get(1).reviewsPer100().leftOut()).isEqualTo(1);
      assertThat(s.all().errorRates()).containsKey("H1");
      assertThat(s.groups().get(1).errorRates().get("H1")).isEqualTo(0.25);

      String text = new StatsText(Language.BOTH).render(s);
      assertThat(text).contains("年度 year", "合计 all", "予以公开 granted", "不予公开 denied", "其他处理 other handling",
          " (-1)", "H1");
      StringWriter json = new StringWriter();
      StatsJson.write(s, json);
      JsonNode tree = new ObjectMapper().readTree(json.toString());
      assertThat(tree.get("groups")).hasSize(3);
      assertThat(tree.get("all").get("received").get("total").asLong()).isEqualTo(s.all().received().total());
      assertThat(tree.get("groups").get(1).get("received").get("left_out").asInt()).isEqualTo(1);
    }
  }

  @ParameterizedTest
  @MethodSource(TARGETS)
  void aRollUpSumsTheOrgansOfARegion(DatabaseTarget target) {
    try (DatabaseTarget.Fresh fresh = target.fresh(dir); Database db = fresh.open(2)) {
      List<Fixture.Imported> reports = load(db);
      Statistics stats = new Statistics(db);
      StatsResult s = stats.compute(ReportFilter.all(), List.of(), List.of(Fixture.HUAIAN, "浙江省"));
      assertThat(s.by()).containsExactly(GroupBy.REGION);
      assertThat(s.groups()).extracting(g -> g.group().region()).containsExactlyInAnyOrder(Fixture.HUAIAN, "浙江省");
      GroupStats huaian = s.groups().stream().filter(g -> g.group().region().equals(Fixture.HUAIAN)).findFirst()
          .orElseThrow();
      check(huaian, reports.stream().filter(r -> r.report().agency().contains(Fixture.HUAIAN)).toList(), db);
      assertThat(huaian.reports()).isEqualTo(6);
      assertThat(s.all().reports()).isEqualTo(7);

      StatsResult byLevel = stats.compute(ReportFilter.all(), List.of(GroupBy.LEVEL), List.of(Fixture.HUAIAN));
      assertThat(byLevel.groups()).extracting(g -> g.group().level())
          .containsExactly(Level.CITY, Level.COUNTY, Level.DEPARTMENT);
      assertThat(byLevel.groups()).extracting(GroupStats::reports).containsExactly(1L, 4L, 1L);
    }
  }

  /** Seed 000 prints a （七）总计 of 0 under non-zero outcomes: its shares of 0 had made the mix exceed 100 %. */
  @ParameterizedTest
  @MethodSource(TARGETS)
  void aReportWhoseTotalDiffersFromItsOutcomesIsLeftOutOfTheMix(DatabaseTarget target) {
    try (DatabaseTarget.Fresh fresh = target.fresh(dir); Database db = fresh.open(2)) {
      ReportStore store = new ReportStore(db);
      ReportGenerator generator = new ReportGenerator(23);
      Fixture.Imported good = Fixture.add(store, new SyntheticReport(Edition.E2021, 2021, "青禾县人民政府",
          generator.next(Edition.E2021, Blanks.NONE).printed()), "good.txt");
      SyntheticReport made = generator.next(Edition.E2021, Blanks.NONE);
      Fixture.add(store, new SyntheticReport(Edition.E2021, 2021, "云杉县人民政府", made.printed())
          .withPrinted(Map.of("t3.total_processed.total", "0", "t3.granted.total", "8")), "bad.txt");
      GroupStats all = new Statistics(db).compute(ReportFilter.all(), List.of(), List.of()).all();
      assertThat(all.reports()).isEqualTo(2);
      assertThat(all.inconsistent()).isEqualTo(1);
      assertThat(all.processed()).isEqualTo(new GroupStats.Sum(sum(List.of(good), "t3.total_processed.total"::equals), 0));
      assertThat(all.shares().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, within(1e-9));
      assertThat(all.notDisclosed()).isBetween(0.0, 1.0);
    }
  }

  /** The fixture's six reports and one of 2021 whose 一、本年新收 total is uncertain. */
  private static List<Fixture.Imported> load(Database db) {
    List<Fixture.Imported> reports = new ArrayList<>(Fixture.load(db, 21));
    SyntheticReport made = new ReportGenerator(22).next(Edition.E2021, Blanks.NONE);
    SyntheticReport report = new SyntheticReport(Edition.E2021, 2021, UNCERTAIN, made.printed());
    byte[] bytes = Renderer.TAB_SEPARATED.render(report).getBytes(StandardCharsets.UTF_8);
    Report read = uncertain(TestReaders.allFormats().read(bytes, "u.txt"), RECEIVED);
    ReportStore store = new ReportStore(db);
    long doc = store.add(new NewDocument(TextDocuments.sha256(bytes), "u.txt", null, null, bytes, false, read, "v1"))
        .documentId();
    reports.add(new Fixture.Imported(report, doc, store.runs(doc).get(0).id()));
    return reports;
  }

  private static Report uncertain(Report report, String cellId) {
    Reading r = report.reading();
    List<Cell> cells = r.cells().stream().map(c -> c.id().toString().equals(cellId)
        ? new Cell(c.id(), Status.UNCERTAIN, null, c.raw(), List.of("1", "7"), c.span()) : c).toList();
    return new Report(new Reading(r.source(), r.text(), r.edition(), r.editionMarkers(), r.year(), r.agency(),
        r.published(), r.sections(), cells, r.labelVariants(), r.tablesFound()), report.findings());
  }

  /** Checks a group's figures against the printed values of its reports. */
  private static void check(GroupStats g, List<Fixture.Imported> reports, Database db) {
    List<Fixture.Imported> known = reports.stream().filter(r -> !r.report().agency().equals(UNCERTAIN)).toList();
    assertThat(g.reports()).isEqualTo(reports.size());
    long received = sum(known, RECEIVED::equals);
    assertThat(g.received().total()).isEqualTo(received);
    assertThat(g.carriedOver().total()).isEqualTo(sum(reports, "t3.carried_over.total"::equals));
    long processed = sum(reports, "t3.total_processed.total"::equals);
    assertThat(g.processed().total()).isEqualTo(processed);
    Map<Outcome, String> prefixes = Map.of(Outcome.GRANTED, "granted.", Outcome.PARTIALLY_GRANTED, "partially_granted.",
        Outcome.DENIED, "denied_", Outcome.UNABLE, "unable_", Outcome.REJECTED, "rejected_", Outcome.OTHER, "other_");
    long disclosed = 0;
    for (Outcome o : Outcome.values()) {
      long n = sum(reports, id -> id.startsWith("t3." + prefixes.get(o)));
      disclosed += o == Outcome.GRANTED || o == Outcome.PARTIALLY_GRANTED ? n : 0;
      assertThat(g.shares().get(o)).as(o.key()).isCloseTo((double) n / processed, within(1e-9));
    }
    assertThat(g.notDisclosed()).isCloseTo((double) (processed - disclosed) / processed, within(1e-9));
    long reviews = sum(known, "t4.review.total"::equals);
    long lawsuits = sum(known, id -> id.startsWith("t4.litigation_"));
    assertThat(g.reviewsPer100().value()).isCloseTo(100.0 * reviews / received, within(1e-9));
    assertThat(g.lawsuitsPer100().value()).isCloseTo(100.0 * lawsuits / received, within(1e-9));
    ReportStore store = new ReportStore(db);
    for (String rule : List.of("H1", "H3")) {
      long withError = reports.stream().filter(r -> store.findings(r.runId()).stream().anyMatch(f ->
          f.finding().rule().equals(rule) && f.finding().severity() == Severity.ERROR)).count();
      assertThat(g.errorRates().getOrDefault(rule, 0.0)).isEqualTo((double) withError / reports.size());
    }
  }

  /** The sum of the total-column cells the predicate chooses, blank as 0, over the reports. */
  private static long sum(List<Fixture.Imported> reports, Predicate<String> cell) {
    long total = 0;
    for (Fixture.Imported r : reports) {
      for (Map.Entry<String, String> e : r.report().expectedValues().entrySet()) {
        if (e.getKey().endsWith(".total") && cell.test(e.getKey()) && e.getValue() != null) {
          total += Long.parseLong(e.getValue());
        }
      }
    }
    return total;
  }
}
