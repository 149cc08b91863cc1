package io.gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs that cannot be read: no extraction is needed to get these right. */
class UnreadableInputTest {
  @TempDir Path dir;

  @Test
  void parseOfAMissingFileNamesTheFileAndTheReason() {
    Path missing = dir.resolve("没有这个文件.txt");
    CliRun run = CliRun.of("parse", missing.toString());
    assertThat(run.code()).isEqualTo(ExitCode.FINDINGS);
    assertThat(run.err()).contains(missing.toString(), "no such file");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void checkReportsEveryBadFileAndGoesOn() throws Exception {
    Path pdf = Files.write(dir.resolve("a-scan.txt"), "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));
    Path binary = Files.write(dir.resolve("b-binary.txt"), new byte[] {7, 0, 7, 0, 7});
    Path empty = Files.createFile(dir.resolve("c-empty.md"));
    CliRun run = CliRun.of("check", dir.toString());
    assertThat(run.code()).isEqualTo(ExitCode.FINDINGS);
    assertThat(run.err()).contains(pdf + ": ", "not a PDF", binary + ": ", "binary", empty + ": ", "empty file");
    assertThat(run.out()).contains("无法读取 unreadable 3");
  }

  @Test
  void checkSkipsOtherFilesInFoldersButTriesNamedOnes() throws Exception {
    Files.write(dir.resolve("budget.xlsx"), new byte[] {'P', 'K', 3, 4, 0, 0});
    CliRun folder = CliRun.of("check", dir.toString());
    assertThat(folder.code()).isEqualTo(ExitCode.OK);
    assertThat(folder.out()).contains("共 total 0 份报告 reports");
    CliRun named = CliRun.of("check", dir.resolve("budget.xlsx").toString());
    assertThat(named.code()).isEqualTo(ExitCode.FINDINGS);
    assertThat(named.err()).contains("budget.xlsx");
  }

  @Test
  void checkJsonListsFailuresWithTheirReason() {
    Path missing = dir.resolve("gone.txt");
    CliRun run = CliRun.of("check", "--format", "json", missing.toString());
    assertThat(run.code()).isEqualTo(ExitCode.FINDINGS);
    assertThat(run.out()).contains("\"file\" : \"" + missing + "\"", "\"error\"");
  }
}
