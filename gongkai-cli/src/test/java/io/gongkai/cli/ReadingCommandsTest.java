package io.gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Commands on a report that reads: these need the extractor and the validator, and assert only what any correct
 * reading of {@link SyntheticReport} must give (edition, year, agency, shapes, exit codes).
 */
class ReadingCommandsTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path dir;
  private Path report;

  @BeforeEach
  void writeReport() throws Exception {
    report = Files.writeString(dir.resolve("青禾县-2022.txt"), SyntheticReport.text());
  }

  @Test
  void parseJsonIsOneObjectForOneFile() throws Exception {
    CliRun run = CliRun.of("parse", "--format", "json", report.toString());
    assertThat(run.err()).isEmpty();
    assertThat(run.code()).isIn(ExitCode.OK, ExitCode.FINDINGS);
    JsonNode json = MAPPER.readTree(run.out());
    assertThat(json.get("source").get("file").asText()).isEqualTo("青禾县-2022.txt");
    assertThat(json.get("source").get("format").asText()).isEqualTo("text");
    assertThat(json.get("edition").asText()).isEqualTo("2021");
    assertThat(json.get("year").asInt()).isEqualTo(2022);
    assertThat(json.get("agency").asText()).contains("青禾县农业农村局");
    assertThat(json.get("cells").size()).isPositive();
  }

  @Test
  void parseJsonIsAnArrayForSeveralFiles() throws Exception {
    Path second = Files.writeString(dir.resolve("second.md"), SyntheticReport.text());
    CliRun run = CliRun.of("parse", "--format", "json", report.toString(), second.toString());
    JsonNode json = MAPPER.readTree(run.out());
    assertThat(json.isArray()).isTrue();
    assertThat(json.size()).isEqualTo(2);
    assertThat(json.get(1).get("source").get("format").asText()).isEqualTo("markdown");
  }

  @Test
  void parseTextShowsTablesThenFindings() {
    CliRun run = CliRun.of("parse", report.toString());
    assertThat(run.out()).contains("青禾县农业农村局", "三、收到和处理政府信息公开申请情况", "行政许可", "发现的问题 Findings");
    assertThat(run.out().indexOf("行政许可")).isLessThan(run.out().indexOf("发现的问题"));
  }

  @Test
  void checkPrintsOneLinePerReportAndASummaryAndGoesOnAfterABadFile() throws Exception {
    Files.write(dir.resolve("broken.txt"), new byte[] {0, 1, 0, 1});
    CliRun run = CliRun.of("check", dir.toString());
    assertThat(run.out()).contains(report.toString(), "版本 edition 2021", "年度 year 2022", "共 total 2 份报告");
    assertThat(run.err()).contains("broken.txt", "binary");
    assertThat(run.code()).isEqualTo(ExitCode.FINDINGS);
  }

  @Test
  void checkJsonSummarisesEachReport() throws Exception {
    CliRun run = CliRun.of("check", "--format", "json", report.toString());
    JsonNode first = MAPPER.readTree(run.out()).get(0);
    assertThat(first.get("edition").asText()).isEqualTo("2021");
    assertThat(first.get("cells").has("uncertain")).isTrue();
    assertThat(first.get("findings").has("error")).isTrue();
  }

  @Test
  void failOnInfoTurnsAnyFindingIntoExitThree() {
    CliRun run = CliRun.of("check", "--fail-on", "info", report.toString());
    // Tables 3 and 4 are absent from the synthetic report, so there is always something to say.
    assertThat(run.code()).isEqualTo(ExitCode.FINDINGS);
  }
}
