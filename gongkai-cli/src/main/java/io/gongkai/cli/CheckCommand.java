package io.gongkai.cli;

import io.gongkai.output.ReportSummary;
import io.gongkai.output.SummaryJson;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gongkai check PATH…}: reads and checks many reports and prints one line per report, then a summary. Files
 * are read in parallel and printed in a stable order; a file that cannot be read is reported and the run goes on.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "检查报告（文件或文件夹），每份报告一行：版本、年度、机关、单元格（确定/不确定/缺失）、问题（错误/警告）。"
          + "文件夹中读取文本、Markdown、HTML、Word（docx/doc/wps）、PDF 和图片文件；某个文件无法读取时报告原因并继续。",
      "Checks reports (files or folders), one line per report: edition, year, agency, cells (ok/uncertain/missing),"
          + " findings (errors/warnings). Folders are searched for text, markdown, HTML, Word (docx/doc/wps), PDF and image files; a file that cannot"
          + " be read is reported with the reason and the run goes on."
    },
    footer = {
      "%n退出码 Exit codes: 0 正常 ok, 1 内部错误 internal error, 2 用法错误 usage,"
          + " 3 有达到 --fail-on 级别的问题或文件无法读取 findings at --fail-on or an unreadable file"
    })
final class CheckCommand implements Callable<Integer> {
  private final boolean interactive;

  @Spec CommandSpec spec;

  @Mixin CommonOptions options = new CommonOptions();

  @Option(names = "--threads", paramLabel = "N",
      description = "并行线程数 worker threads (default: number of processors)")
  int threads = Runtime.getRuntime().availableProcessors();

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "报告文件或文件夹 report files or folders")
  List<Path> paths;

  CheckCommand(boolean interactive) {
    this.interactive = interactive;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    long started = System.nanoTime();
    List<Path> files = Inputs.expand(paths);
    List<CheckRun.Outcome> outcomes = new ArrayList<>();
    CheckLines lines = new CheckLines(options.language());
    try (Progress progress = Progress.of(interactive && options.format == OutputFormat.TEXT, files.size(),
        options.language().pick("检查", "check"))) {
      new CheckRun(Math.max(1, threads)).run(files, outcome -> {
        outcomes.add(outcome);
        progress.beforeLine();
        print(outcome, lines, out, err);
        progress.step();
      });
    }
    if (options.format == OutputFormat.JSON) {
      SummaryJson.writeArray(outcomes.stream().map(CheckRun.Outcome::summary).toList(), out);
      out.println();
    } else {
      out.println(lines.total(outcomes, options.failOn, System.nanoTime() - started));
    }
    boolean internal = outcomes.stream().anyMatch(CheckRun.Outcome::internalError);
    boolean failed = outcomes.stream().map(CheckRun.Outcome::summary)
        .anyMatch(s -> s.isFailure() || s.hasFindingAtLeast(options.failOn));
    return ExitCode.of(internal, failed);
  }

  private void print(CheckRun.Outcome outcome, CheckLines lines, PrintWriter out, PrintWriter err) {
    ReportSummary s = outcome.summary();
    if (s.isFailure()) {
      err.println(outcome.internalError() ? Messages.internalError(options.language(), s.error())
          : Messages.cannotRead(options.language(), s.error()));
      err.flush();
    } else if (options.format == OutputFormat.TEXT) {
      out.println(lines.line(s));
      out.flush();
    }
  }
}
