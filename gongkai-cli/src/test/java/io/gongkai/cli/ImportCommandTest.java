package io.gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.testing.ReportGenerator;
import io.gongkai.testing.ReportGenerator.Blanks;
import io.gongkai.testing.Renderer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gongkai import}: summary, idempotence, failures with reasons, exit codes. */
class ImportCommandTest {
  @TempDir Path dir;

  @Test
  void importingAFolderTwiceAddsOnceAndReportsFailuresWithReasons() throws Exception {
    Path reports = Files.createDirectories(dir.resolve("reports"));
    ReportGenerator generator = new ReportGenerator(7);
    for (int i = 0; i < 6; i++) {
      Files.writeString(reports.resolve("r" + i + ".txt"), Renderer.TAB_SEPARATED.render(generator.next(Blanks.ANY)));
    }
    Files.copy(reports.resolve("r0.txt"), reports.resolve("copy-of-r0.txt"));
    Files.write(reports.resolve("broken.pdf"), "%PDF-1.4\nnot really".getBytes());
    String db = dir.resolve("db/gongkai").toString();

    CliRun first = CliRun.of("import", "--db", db, "--lang", "en", reports.toString());
    assertThat(first.code()).as(first.err()).isEqualTo(ExitCode.FINDINGS);
    assertThat(first.out()).contains("new 6  unchanged 1  failed 1", "broken.pdf", "documents 6");
    assertThat(first.err()).contains("cannot read", "broken.pdf");

    CliRun second = CliRun.of("import", "--db", db, "--format", "json", reports.toString());
    assertThat(second.code()).isEqualTo(ExitCode.FINDINGS);
    assertThat(second.out()).contains("\"added\":0", "\"unchanged\":7", "\"documents\":6");

    Files.delete(reports.resolve("broken.pdf"));
    CliRun third = CliRun.of("import", "--db", db, "--lang", "zh", reports.toString());
    assertThat(third.code()).as(third.err()).isEqualTo(ExitCode.OK);
    assertThat(third.out()).contains("新增 0  未变 7  失败 0", "文件 6");

    CliRun reread = CliRun.of("reread", "--db", db, "--lang", "en");
    assertThat(reread.code()).as(reread.err()).isEqualTo(ExitCode.OK);
    assertThat(reread.out()).contains("new 0  unchanged 0  failed 0", "runs 6");
  }

  @Test
  void aDatabaseThatCannotBeOpenedGivesExitCode4AndNamesIt() throws Exception {
    Path report = Files.writeString(dir.resolve("r.txt"), SyntheticReport.text());
    CliRun run = CliRun.of("import", "--db", "jdbc:postgresql://127.0.0.1:1/none?user=u&password=secret",
        report.toString());
    assertThat(run.code()).isEqualTo(ExitCode.DATABASE);
    assertThat(run.err()).contains("cannot open database", "127.0.0.1:1").doesNotContain("secret");
  }
}
