package io.gongkai.cli;

import io.gongkai.GongkaiException;
import io.gongkai.app.ReportReader;
import io.gongkai.model.Report;
import io.gongkai.output.ReportJson;
import io.gongkai.output.ReportText;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gongkai parse FILE…}: reads reports and shows each in full (tables, cells, findings) or as JSON. */
@Command(
    name = "parse",
    mixinStandardHelpOptions = true,
    description = {
      "读取报告，显示三张统计表（每个单元格标明状态）和发现的问题；--format json 输出 OUTPUT.md 规定的 JSON"
          + "（多个文件时为数组）。",
      "Reads reports and shows the three tables (each cell marked by status) and the findings; --format json prints"
          + " the JSON of OUTPUT.md (an array when several files are given)."
    },
    footer = {
      "%n标记 Marks: 数值 value=确定 ok, ·=空白 blank, ?=不确定 uncertain (candidates), ✗=缺失 missing",
      "退出码 Exit codes: 0 正常 ok, 1 内部错误 internal error, 2 用法错误 usage,"
          + " 3 有达到 --fail-on 级别的问题或文件无法读取 findings at --fail-on or an unreadable file"
    })
final class ParseCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin CommonOptions options = new CommonOptions();

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "报告文件（文本或 Markdown） report files (text or markdown)")
  List<Path> files;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ReportReader reader = Readers.reportReader();
    List<Report> reports = new ArrayList<>();
    boolean internal = false;
    boolean failed = false;
    for (Path file : files) {
      try {
        Report report = reader.read(file);
        reports.add(report);
        failed |= report.hasFindingAtLeast(options.failOn);
      } catch (GongkaiException e) {
        err.println(Messages.cannotRead(options.language(), e.getMessage()));
        failed = true;
      } catch (RuntimeException e) {
        err.println(Messages.internalError(options.language(), file + ": " + e));
        internal = true;
      }
    }
    print(reports, out);
    return ExitCode.of(internal, failed);
  }

  private void print(List<Report> reports, PrintWriter out) {
    if (options.format == OutputFormat.JSON) {
      // The shape follows the command line, not the outcome: one file gives an object, several an array.
      if (files.size() > 1) {
        ReportJson.writeArray(reports, out);
        out.println();
      } else if (!reports.isEmpty()) {
        ReportJson.write(reports.get(0), out);
        out.println();
      }
      return;
    }
    ReportText text = new ReportText(options.language());
    for (int i = 0; i < reports.size(); i++) {
      if (i > 0) {
        out.println("─".repeat(60));
      }
      out.print(text.render(reports.get(i)));
    }
  }
}
