package io.gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongkai.testing.Renderer;
import io.gongkai.testing.ReportGenerator;
import io.gongkai.testing.ReportGenerator.Blanks;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gongkai export} and {@code gongkai stats}: options, files, exit codes. */
class ExportCommandTest {
  @TempDir Path dir;
  private String db;

  @BeforeEach
  void importReports() throws Exception {
    Path reports = Files.createDirectories(dir.resolve("reports"));
    ReportGenerator generator = new ReportGenerator(31);
    for (int i = 0; i < 5; i++) {
      Files.writeString(reports.resolve("r" + i + ".txt"), Renderer.TAB_SEPARATED.render(generator.next(Blanks.NONE)));
    }
    db = dir.resolve("db/gongkai").toString();
    CliRun imported = CliRun.of("import", "--db", db, reports.toString());
    assertThat(imported.code()).as(imported.err()).isEqualTo(ExitCode.OK);
  }

  @Test
  void csvGoesToStandardOutputWithABomAndXlsxToAFile() throws Exception {
    CliRun csv = CliRun.of("export", "--db", db, "--shape", "wide", "--header", "zh");
    assertThat(csv.code()).as(csv.err()).isEqualTo(ExitCode.OK);
    assertThat(csv.out()).startsWith("\uFEFF机关,地区,级别,年度,版本,错误数");
    assertThat(csv.err()).contains("已导出 exported: 5 份报告 reports, 5 行 rows");
    List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(csv.out().substring(1))).getRecords();
    assertThat(rows).hasSize(6);

    Path xlsx = dir.resolve("out/cells.xlsx");
    Files.createDirectories(xlsx.getParent());
    CliRun book = CliRun.of("export", "--db", db, "--format", "xlsx", "--out", xlsx.toString(), "--edition", "2021");
    assertThat(book.code()).as(book.err()).isEqualTo(ExitCode.OK);
    try (XSSFWorkbook w = new XSSFWorkbook(Files.newInputStream(xlsx))) {
      assertThat(w.getSheetAt(0).getSheetName()).isEqualTo("单元格 cells");
      assertThat(w.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("organ");
      assertThat(w.getSheetAt(0).getRow(1).getCell(4).getStringCellValue()).isEqualTo("2021");
    }
    assertThat(Files.list(xlsx.getParent())).containsExactly(xlsx);

    CliRun json = CliRun.of("export", "--db", db, "--format", "json", "--year", "2019-2020,2021", "--level", "县,乡镇");
    assertThat(json.code()).as(json.err()).isEqualTo(ExitCode.OK);
    assertThat(new ObjectMapper().readTree(json.out()).isArray()).isTrue();
  }

  @Test
  void badOptionsAreUsageErrorsQuotingTheValue() {
    CliRun xlsx = CliRun.of("export", "--db", db, "--format", "xlsx");
    assertThat(xlsx.code()).isEqualTo(ExitCode.USAGE);
    assertThat(xlsx.err()).contains("--out");
    CliRun year = CliRun.of("export", "--db", db, "--year", "20x1");
    assertThat(year.code()).isEqualTo(ExitCode.USAGE);
    assertThat(year.err()).contains("'20x1'");
    CliRun level = CliRun.of("stats", "--db", db, "--level", "村");
    assertThat(level.code()).isEqualTo(ExitCode.USAGE);
    assertThat(level.err()).contains("村");
    CliRun by = CliRun.of("stats", "--db", db, "--by", "organ");
    assertThat(by.code()).isEqualTo(ExitCode.USAGE);
    assertThat(by.err()).contains("'organ'");
    CliRun folder = CliRun.of("export", "--db", db, "--out", dir.resolve("nowhere/x.csv").toString());
    assertThat(folder.code()).isEqualTo(ExitCode.USAGE);
    assertThat(folder.err()).contains("nowhere");
    CliRun edition = CliRun.of("export", "--db", db, "--edition", "2020");
    assertThat(edition.code()).isEqualTo(ExitCode.USAGE);
    assertThat(edition.err()).contains("'2020'");
  }

  @Test
  void statsPrintTablesJsonAndCsv() throws Exception {
    CliRun text = CliRun.of("stats", "--db", db, "--by", "level,year");
    assertThat(text.code()).as(text.err()).isEqualTo(ExitCode.OK);
    assertThat(text.out()).contains("统计：5 份报告，按级别、年度 statistics: 5 reports, by level, year", "级别 level", "年度 year", "合计 all",
        "予以公开 granted");
    JsonNode json = new ObjectMapper().readTree(CliRun.of("stats", "--db", db, "--format", "json").out());
    assertThat(json.get("all").get("reports").asInt()).isEqualTo(5);
    CliRun csv = CliRun.of("stats", "--db", db, "--format", "csv", "--by", "region", "--lang", "en");
    assertThat(csv.out()).startsWith("\uFEFFregion,reports,received");
    CliRun none = CliRun.of("stats", "--db", db, "--rollup", "没有这个地区", "--lang", "en");
    assertThat(none.code()).isEqualTo(ExitCode.OK);
    assertThat(none.out()).contains("statistics: 0 reports");
  }

  @Test
  void aDatabaseThatCannotBeOpenedGivesExitCode4() {
    CliRun run = CliRun.of("export", "--db", "jdbc:postgresql://127.0.0.1:1/none?user=u&password=secret");
    assertThat(run.code()).isEqualTo(ExitCode.DATABASE);
    assertThat(run.err()).doesNotContain("secret");
  }
}
