package io.gongkai.cli;

import io.gongkai.export.CsvTableWriter;
import io.gongkai.export.ExportSummary;
import io.gongkai.export.Exporter;
import io.gongkai.export.Header;
import io.gongkai.export.JsonTableWriter;
import io.gongkai.export.ReportFilter;
import io.gongkai.export.Shape;
import io.gongkai.export.TableWriter;
import io.gongkai.export.XlsxTableWriter;
import io.gongkai.store.Database;
import io.gongkai.store.DatabaseUnavailableException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gongkai export}: the stored reports as a table for spreadsheets and scripts. A file is written beside its
 * target and moved into place when complete, so an export that fails leaves no half-written file.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "导出数据库中的报告：长表每个单元格一行（机关、地区、级别、年度、版本、单元格、表、行、列、数值、状态、更正），"
          + "宽表每份报告一行。CSV 为带 BOM 的 UTF-8，Excel、WPS 和 LibreOffice 可直接打开。",
      "Exports the stored reports: the long table has a row per cell (organ, region, level, year, edition, cell,"
          + " table, row, column, value, status, correction), the wide one a row per report. CSV is UTF-8 with a BOM,"
          + " so spreadsheet programs show the Chinese text."
    },
    footer = {"%n退出码 Exit codes: 0 正常 ok, 1 内部错误 internal error, 2 用法错误 usage,"
        + " 4 无法打开数据库 cannot open the database"})
final class ExportCommand implements Callable<Integer> {
  /** The export's file formats. */
  enum Format { CSV, XLSX, JSON }

  @Spec CommandSpec spec;

  @Mixin DatabaseOptions database = new DatabaseOptions();

  @Mixin FilterOptions filters = new FilterOptions();

  @Option(names = "--format", paramLabel = "csv|xlsx|json", defaultValue = "csv",
      description = "文件格式 file format: csv（默认 default）, xlsx, json")
  Format format;

  @Option(names = "--shape", paramLabel = "long|wide", defaultValue = "long",
      description = "long：每个单元格一行（默认） one row per cell (default); wide：每份报告一行 one row per report")
  Shape shape;

  @Option(names = "--header", paramLabel = "keys|zh", defaultValue = "keys",
      description = "CSV/XLSX 表头 header row: keys 英文键名（默认，与 JSON 相同） ASCII keys as in JSON (default);"
          + " zh 中文列名 Chinese names")
  Header header;

  @Option(names = "--out", paramLabel = "FILE",
      description = "输出文件（xlsx 必须指定；csv、json 默认输出到标准输出） output file (needed for xlsx; csv and json go"
          + " to standard output by default)")
  Path out;

  @Override
  public Integer call() {
    ReportFilter filter = filters.filter(spec);
    if (format == Format.XLSX && out == null) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "xlsx 须用 --out 指定文件 xlsx needs --out FILE: a workbook is not written to a terminal");
    }
    Path folder = out == null ? null : out.toAbsolutePath().getParent();
    if (folder != null && !Files.isDirectory(folder)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "没有这个文件夹 no such folder for --out: '" + folder + "'");
    }
    PrintWriter err = spec.commandLine().getErr();
    try (Database db = Database.open(database.location(), 2)) {
      ExportSummary s = out == null ? export(db, filter, spec.commandLine().getOut()) : toFile(db, filter);
      err.println("已导出 exported: " + s.reports() + " 份报告 reports, " + s.rows() + " 行 rows"
          + (out == null ? "" : " → " + out));
      return ExitCode.OK;
    } catch (DatabaseUnavailableException e) {
      err.println("gongkai: " + e.getMessage());
      return ExitCode.DATABASE;
    }
  }

  private ExportSummary export(Database db, ReportFilter filter, Writer w) {
    TableWriter table = format == Format.JSON ? new JsonTableWriter(w) : new CsvTableWriter(w, header);
    return new Exporter(db).export(filter, shape, table);
  }

  private ExportSummary toFile(Database db, ReportFilter filter) {
    Path target = out.toAbsolutePath();
    Path part = target.resolveSibling(target.getFileName() + ".part");
    try {
      ExportSummary s;
      if (format == Format.XLSX) {
        try (OutputStream o = Files.newOutputStream(part)) {
          String sheet = shape == Shape.LONG ? "单元格 cells" : "报告 reports";
          s = new Exporter(db).export(filter, shape, new XlsxTableWriter(o, header, sheet));
        }
      } else {
        try (Writer w = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
          s = export(db, filter, w);
        }
      }
      Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
      return s;
    } catch (IOException e) {
      throw new UncheckedIOException("无法写入 cannot write " + out + ": " + e.getMessage(), e);
    } finally {
      try {
        Files.deleteIfExists(part);
      } catch (IOException ignored) {
        // Nothing more can be done; the next export overwrites it.
      }
    }
  }
}
