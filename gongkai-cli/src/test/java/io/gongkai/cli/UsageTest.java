package io.gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UsageTest {
  @Test
  void helpListsSubcommandsAndExitCodes() {
    CliRun run = CliRun.of("--help");
    assertThat(run.code()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).contains("parse", "check", "退出码 Exit codes");
  }

  @Test
  void noSubcommandIsAUsageError() {
    assertThat(CliRun.of().code()).isEqualTo(ExitCode.USAGE);
  }

  @Test
  void badFormatIsAUsageErrorQuotingTheValue() {
    CliRun run = CliRun.of("check", "--format", "xml", "x.txt");
    assertThat(run.code()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("'xml'");
  }

  @Test
  void parseNeedsAFile() {
    assertThat(CliRun.of("parse").code()).isEqualTo(ExitCode.USAGE);
  }

  @Test
  void formatAndLangAreCaseInsensitive() {
    CliRun run = CliRun.of("check", "--format", "JSON", "--lang", "EN", "--help");
    assertThat(run.code()).isEqualTo(ExitCode.OK);
  }
}
