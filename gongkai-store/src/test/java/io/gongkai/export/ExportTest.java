package io.gongkai.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongkai.schema.CellSpec;
import io.gongkai.schema.Edition;
import io.gongkai.schema.Template;
import io.gongkai.store.Database;
import io.gongkai.store.DatabaseTarget;
import io.gongkai.store.ReportStore;
import io.gongkai.store.TestReaders;
import io.gongkai.store.organ.Level;
import io.gongkai.store.review.ReviewStore;
import io.gongkai.testing.Renderer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Long and wide exports as CSV, XLSX and JSON, read back with Commons CSV, POI and Jackson, on H2 and PostgreSQL. */
class ExportTest {
  private static final String TARGETS = "io.gongkai.store.DatabaseTarget#all";
  private static final String RECEIVED = "t3.new_received.total";
  @TempDir Path dir;

  @ParameterizedTest
  @MethodSource(TARGETS)
  void theLongCsvHasEveryCellWithItsLabelsValueStatusAndCorrection(DatabaseTarget target) throws IOException {
    try (DatabaseTarget.Fresh fresh = target.fresh(dir); Database db = fresh.open(2)) {
      List<Fixture.Imported> reports = Fixture.load(db, 11);
      Fixture.Imported corrected = reports.get(1);
      ReviewStore reviews = new ReviewStore(db);
      reviews.correct(corrected.runId(), RECEIVED, "12", "李四", "按各列之和 sum of the columns");
      reviews.correct(corrected.runId(), RECEIVED, "13", "张三", "复核 rechecked");
      String cleared = "t4.review.total";
      reviews.correct(corrected.runId(), cleared, null, "张三", "原件此格为空 the original leaves it empty");

      Path file = dir.resolve("long.csv");
      ExportSummary s;
      try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        s = new Exporter(db).export(ReportFilter.all(), Shape.LONG, new CsvTableWriter(w, Header.KEYS));
      }
      byte[] bytes = Files.readAllBytes(file);
      assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
      List<CSVRecord> rows = csv(new String(bytes, StandardCharsets.UTF_8));
      int cells = reports.stream().mapToInt(r -> Template.standard().cells(r.report().edition()).size()).sum();
      assertThat(rows).hasSize(cells);
      assertThat(s).isEqualTo(new ExportSummary(reports.size(), cells));
      assertThat(rows.get(0).getParser().getHeaderNames()).containsExactly("organ", "region", "level", "year",
          "edition", "cell_id", "table_label", "row_label", "column_label", "value", "status", "corrected",
          "correction");

      Map<String, Fixture.Imported> byKey = new HashMap<>();
      reports.forEach(r -> byKey.put(r.report().agency() + "/" + r.report().year(), r));
      for (CSVRecord row : rows) {
        Fixture.Imported r = byKey.get(row.get("organ") + "/" + row.get("year"));
        String id = row.get("cell_id");
        CellSpec spec = spec(r.report().edition(), id);
        assertThat(row.get("edition")).isEqualTo(r.report().edition().code());
        assertThat(row.get("row_label")).isEqualTo(spec.rowLabel());
        assertThat(row.get("column_label")).isEqualTo(spec.columnLabel());
        String expected = r.expected(id);
        if (row.get("status").equals("ok")) {
          assertThat(row.get("value")).as(id).isEqualTo(expected);
        } else {
          assertThat(row.get("value")).as(id).isEmpty();
        }
        boolean isCorrected = r == corrected && (id.equals(RECEIVED) || id.equals(cleared));
        assertThat(row.get("corrected")).isEqualTo(Boolean.toString(isCorrected));
        assertThat(row.get("correction")).isEqualTo(isCorrected && id.equals(RECEIVED) ? "13" : "");
      }
      CSVRecord received = rows.stream().filter(row -> row.get("cell_id").equals(RECEIVED)
          && row.get("organ").equals("江苏省淮安市洪泽区人民政府") && row.get("year").equals("2021")).findFirst()
          .orElseThrow();
      assertThat(received.get("row_label")).isEqualTo("一、本年新收政府信息公开申请数量");
      assertThat(received.get("column_label")).isEqualTo("总计");
      assertThat(received.get("table_label")).isEqualTo("收到和处理政府信息公开申请情况");
      assertThat(received.get("region")).isEqualTo("江苏省淮安市洪泽区");
      assertThat(received.get("level")).isEqualTo("county");
    }
  }

  @ParameterizedTest
  @MethodSource(TARGETS)
  void theWideXlsxHasOneRowPerReportWithNumbersAndASheetExplainingTheColumns(DatabaseTarget target)
      throws IOException {
    try (DatabaseTarget.Fresh fresh = target.fresh(dir); Database db = fresh.open(2)) {
      List<Fixture.Imported> reports = Fixture.load(db, 12);
      Path file = dir.resolve("wide.xlsx");
      try (OutputStream out = Files.newOutputStream(file)) {
        new Exporter(db).export(ReportFilter.all(), Shape.WIDE, new XlsxTableWriter(out, Header.KEYS, "报告 reports"));
      }
      try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
        assertThat(book.getNumberOfSheets()).isEqualTo(2);
        Sheet sheet = book.getSheetAt(0);
        assertThat(sheet.getSheetName()).isEqualTo("报告 reports");
        assertThat(sheet.getLastRowNum()).isEqualTo(reports.size());
        Map<String, Integer> column = new HashMap<>();
        for (Cell c : sheet.getRow(0)) {
          column.put(c.getStringCellValue(), c.getColumnIndex());
        }
        int cellColumns = Labels.union(Template.standard(), List.of(Edition.E2019, Edition.E2021)).size();
        assertThat(column).hasSize(8 + cellColumns).containsKeys("organ", "errors", RECEIVED,
            "t2.regulations.made", "t2.regulations.issued", "t3.other_handling.total", "t3.other_misc.total");
        for (int i = 1; i <= reports.size(); i++) {
          Row row = sheet.getRow(i);
          Fixture.Imported r = find(reports, row.getCell(column.get("organ")).getStringCellValue(),
              (int) row.getCell(column.get("year")).getNumericCellValue());
          for (String id : List.of(RECEIVED, "t4.review.total", "t3.granted.natural_person")) {
            Cell c = row.getCell(column.get(id));
            if (r.expected(id) == null) {
              assertThat(c).isNull();
            } else {
              assertThat(c.getCellType()).isEqualTo(CellType.NUMERIC);
              assertThat(c.getNumericCellValue()).isEqualTo(Double.parseDouble(r.expected(id)));
            }
          }
          String other = r.report().edition() == Edition.E2019 ? "t3.other_misc.total" : "t3.other_handling.total";
          assertThat(row.getCell(column.get(other))).isNull();
          double errors = row.getCell(column.get("errors")).getNumericCellValue();
          assertThat(errors > 0).isEqualTo(r.report().agency().equals(Fixture.BROKEN));
        }
        Sheet columns = book.getSheetAt(1);
        assertThat(columns.getSheetName()).isEqualTo("列 columns");
        assertThat(columns.getLastRowNum()).isEqualTo(8 + cellColumns);
        Row received = columns.getRow(column.get(RECEIVED) + 1);
        assertThat(received.getCell(1).getStringCellValue()).isEqualTo("一、本年新收政府信息公开申请数量·总计");
      }
      assertThat(styles(file)).as("openpyxl (pandas.read_excel) warns without a named default style")
          .contains("<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>");
    }
  }

  @ParameterizedTest
  @MethodSource(TARGETS)
  void filtersChooseReportsByRegionLevelYearEditionAndRule(DatabaseTarget target) throws IOException {
    try (DatabaseTarget.Fresh fresh = target.fresh(dir); Database db = fresh.open(2)) {
      Fixture.load(db, 13);
      assertThat(organsAndYears(db, ReportFilter.all())).hasSize(6);
      assertThat(organsAndYears(db, filter(Fixture.HUAIAN, List.of(), List.of(), List.of(), List.of())))
          .hasSize(5).noneMatch(s -> s.startsWith(Fixture.BROKEN));
      assertThat(organsAndYears(db, filter(null, List.of(Level.COUNTY), List.of(), List.of(), List.of())))
          .containsExactlyInAnyOrder("江苏省淮安市洪泽区人民政府/2020", "江苏省淮安市洪泽区人民政府/2021",
              "江苏省淮安市清江浦区人民政府/2022", Fixture.BROKEN + "/2021");
      assertThat(organsAndYears(db, filter(Fixture.HUAIAN, List.of(), List.of(2021, 2022), List.of(), List.of())))
          .containsExactlyInAnyOrder("江苏省淮安市洪泽区人民政府/2021", "江苏省淮安市洪泽区财政局/2021",
              "江苏省淮安市清江浦区人民政府/2022");
      assertThat(organsAndYears(db, filter(null, List.of(), List.of(), List.of(Edition.E2019), List.of())))
          .containsExactlyInAnyOrder("江苏省淮安市洪泽区人民政府/2020", "江苏省淮安市人民政府/2020");
      assertThat(organsAndYears(db, filter(null, List.of(), List.of(), List.of(), List.of("H1"))))
          .containsExactly(Fixture.BROKEN + "/2021");
      assertThat(organsAndYears(db, filter("上海市", List.of(), List.of(), List.of(), List.of()))).isEmpty();
      assertThat(organsAndYears(db, filter("%", List.of(), List.of(), List.of(), List.of()))).isEmpty();
      assertThat(organsAndYears(db, filter("_", List.of(), List.of(), List.of(), List.of()))).isEmpty();
      assertThat(organsAndYears(db, filter("!", List.of(), List.of(), List.of(), List.of()))).isEmpty();
      assertThat(organsAndYears(db, filter("洪泽区", List.of(), List.of(), List.of(), List.of()))).hasSize(3);
    }
  }

  @ParameterizedTest
  @MethodSource(TARGETS)
  void theLatestDocumentOfAReportAndThatDocumentsLatestRunStandForIt(DatabaseTarget target) {
    try (DatabaseTarget.Fresh fresh = target.fresh(dir); Database db = fresh.open(2)) {
      Fixture.Imported first = Fixture.load(db, 14).get(0);
      String made = "t2.regulations.made";
      ReportStore store = new ReportStore(db);
      Fixture.Imported second = Fixture.add(store, first.report().withPrinted(Map.of(made, "4321")), "again.txt");
      assertThat(selected(db, first)).extracting(SelectedReport::runId).isEqualTo(second.runId());
      assertThat(value(selected(db, first), made)).isEqualTo("4321");

      byte[] bytes = Renderer.TAB_SEPARATED.render(first.report().withPrinted(Map.of(made, "5555")))
          .getBytes(StandardCharsets.UTF_8);
      assertThat(store.addRun(second.documentId(), TestReaders.allFormats().read(bytes, "x.txt"), "v2")).isTrue();
      SelectedReport now = selected(db, first);
      assertThat(now.runId()).isEqualTo(store.runs(second.documentId()).get(1).id());
      assertThat(value(now, made)).isEqualTo("5555");
      assertThat(new Selection(db).count(ReportFilter.all())).isEqualTo(6);
    }
  }

  private static SelectedReport selected(Database db, Fixture.Imported report) {
    List<SelectedReport> found = new ArrayList<>();
    new Selection(db).forEach(ReportFilter.all(), false, r -> {
      if (r.organ().equals(report.report().agency()) && r.year() == report.report().year()) {
        found.add(r);
      }
    });
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  private static String value(SelectedReport r, String cellId) {
    return r.cells().stream().filter(c -> c.id().equals(cellId)).findFirst().orElseThrow().value();
  }

  private static ReportFilter filter(String region, List<Level> levels, List<Integer> years, List<Edition> editions,
      List<String> rules) {
    return new ReportFilter(region, levels, years, editions, rules);
  }

  /** A wide JSON export read back with Jackson: organ/year of each report. */
  private List<String> organsAndYears(Database db, ReportFilter filter) throws IOException {
    Path file = dir.resolve("wide.json");
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      new Exporter(db).export(filter, Shape.WIDE, new JsonTableWriter(w));
    }
    JsonNode rows = new ObjectMapper().readTree(file.toFile());
    List<String> out = new ArrayList<>();
    for (JsonNode row : rows) {
      assertThat(row.get("year").isInt()).isTrue();
      assertThat(row.get(RECEIVED).isTextual() || row.get(RECEIVED).isNull()).isTrue();
      out.add(row.get("organ").asText() + "/" + row.get("year").asInt());
    }
    return out;
  }

  private static String styles(Path xlsx) throws IOException {
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(xlsx.toFile())) {
      return new String(zip.getInputStream(zip.getEntry("xl/styles.xml")).readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static List<CSVRecord> csv(String text) throws IOException {
    try (Reader r = new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text)) {
      return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
    }
  }

  private static Fixture.Imported find(List<Fixture.Imported> reports, String organ, int year) {
    return reports.stream().filter(r -> r.report().agency().equals(organ) && r.report().year() == year).findFirst()
        .orElseThrow(() -> new AssertionError("no report " + organ + "/" + year));
  }

  private static CellSpec spec(Edition edition, String id) {
    return Template.standard().cells(edition).stream().filter(c -> c.id().toString().equals(id)).findFirst()
        .orElseThrow();
  }
}
