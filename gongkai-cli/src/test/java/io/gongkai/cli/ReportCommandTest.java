package io.gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongkai.schema.Edition;
import io.gongkai.store.Database;
import io.gongkai.store.DatabaseLocation;
import io.gongkai.store.StoredReport;
import io.gongkai.store.StoredReports;
import io.gongkai.store.review.ReviewStore;
import io.gongkai.testing.Renderer;
import io.gongkai.testing.SyntheticReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gongkai report ORGAN YEAR}: a stored report, its corrections, and the comparison with the year before. */
class ReportCommandTest {
  private static final String AGENCY = "青禾县人民政府";

  @TempDir Path dir;

  @Test
  void showsTheReportItsCorrectionsAndWhatChangedSinceLastYear() throws Exception {
    Path reports = Files.createDirectories(dir.resolve("reports"));
    // Two applications were carried forward out of 2022, but the 2023 report carries none over: X1.
    write(reports.resolve("2022.txt"), SyntheticReport.zeros(Edition.E2021, 2022, AGENCY).withPrinted(
        Map.of("t3.carried_forward.natural_person", "2", "t3.carried_forward.total", "2")));
    write(reports.resolve("2023.txt"), SyntheticReport.zeros(Edition.E2021, 2023, AGENCY));
    String db = dir.resolve("db/gongkai").toString();
    assertThat(CliRun.of("import", "--db", db, reports.toString()).code()).isEqualTo(ExitCode.OK);
    try (Database d = Database.open(DatabaseLocation.resolve(db, Map.of()), 1)) {
      StoredReports stored = new StoredReports(d);
      StoredReport r = stored.find(stored.organs("青禾县").get(0), 2023).orElseThrow();
      new ReviewStore(d).correct(r.runId(), "t3.new_received.total", "5", "张审核", "原文表格漏印");
    }

    CliRun text = CliRun.of("report", "--db", db, "--lang", "zh", "青禾县", "2023");
    assertThat(text.code()).as(text.err()).isEqualTo(ExitCode.OK);
    assertThat(text.out()).contains("三、收到和处理政府信息公开申请情况", "更正 (1)", "张审核", "原文表格漏印",
        "与上一年度比较", "X1", "自然人列：上年结转（0）不等于青禾县人民政府2022年度报告的结转下年度继续办理（2）",
        "四、结转下年度继续办理·自然人  2 → 0  (-2)");

    CliRun json = CliRun.of("report", "--db", db, "--format", "json", AGENCY, "2023");
    JsonNode root = new ObjectMapper().readTree(json.out());
    assertThat(root.get("year").asInt()).isEqualTo(2023);
    assertThat(root.get("previous_year").asInt()).isEqualTo(2022);
    assertThat(root.get("report").get("cells")).isNotEmpty();
    assertThat(root.get("corrections").get(0).get("new_value").asText()).isEqualTo("5");
    // Both fixtures print the same prose, so the 2023 text is also a copy of 2022's (X5).
    assertThat(root.get("cross_year_findings").findValuesAsText("rule")).containsExactly("X1", "X1", "X5");
    assertThat(root.get("changes").findValuesAsText("cell"))
        .containsExactly("t3.carried_forward.natural_person", "t3.carried_forward.total");
  }

  @Test
  void theFirstYearStoredHasNothingToCompareWithAndAnUnknownOrganIsAnError() throws Exception {
    Path reports = Files.createDirectories(dir.resolve("reports"));
    write(reports.resolve("2023.txt"), SyntheticReport.zeros(Edition.E2021, 2023, AGENCY));
    String db = dir.resolve("db/gongkai").toString();
    assertThat(CliRun.of("import", "--db", db, reports.toString()).code()).isEqualTo(ExitCode.OK);
    assertThat(CliRun.of("report", "--db", db, "--lang", "en", AGENCY, "2023").out())
        .contains("No report for 2022 is stored");
    CliRun unknown = CliRun.of("report", "--db", db, "白云乡人民政府", "2023");
    assertThat(unknown.code()).isEqualTo(ExitCode.FINDINGS);
    assertThat(unknown.err()).contains("白云乡人民政府");
    assertThat(CliRun.of("report", "--db", db, AGENCY, "2021").code()).isEqualTo(ExitCode.FINDINGS);
  }

  private static void write(Path file, SyntheticReport r) throws Exception {
    Files.writeString(file, Renderer.TAB_SEPARATED.render(r));
  }
}
