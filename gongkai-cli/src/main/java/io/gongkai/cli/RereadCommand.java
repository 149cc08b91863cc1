package io.gongkai.cli;

import io.gongkai.imports.FileOutcome;
import io.gongkai.imports.ImportOptions;
import io.gongkai.imports.ImportSummary;
import io.gongkai.imports.Importer;
import io.gongkai.output.Language;
import io.gongkai.store.Database;
import io.gongkai.store.DatabaseLocation;
import io.gongkai.store.ReportStore;
import io.gongkai.store.StoreException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gongkai reread}: reads again, with this version of gongkai, every stored document that it has not read yet
 * (from the bytes kept in the database, or from the path it was imported from), adding a run and keeping the old ones.
 */
@Command(
    name = "reread",
    mixinStandardHelpOptions = true,
    description = {
      "用本版本重新读取数据库中尚未经本版本读取的全部文件（取自库中保存的原文，或原路径），新增读取记录并保留旧记录。",
      "Reads again, with this version, every stored document it has not read yet (from the bytes kept in the database,"
          + " or from the path it was imported from); adds a run and keeps the old ones."
    },
    footer = {
      "%n退出码 Exit codes: 0 正常 ok, 1 内部错误 internal error, 2 用法错误 usage,"
          + " 3 有文件无法读取 a file could not be read, 4 无法打开数据库 cannot open the database"
    })
final class RereadCommand implements Callable<Integer> {
  private final boolean interactive;

  @Spec CommandSpec spec;

  @Mixin DatabaseOptions database = new DatabaseOptions();

  @Option(names = "--threads", paramLabel = "N",
      description = "并行线程数 worker threads (default: number of processors)")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
      description = "输出格式 output format: text（默认 default）或 or json")
  OutputFormat format;

  @Option(names = "--lang", paramLabel = "zh|en",
      description = "只用一种语言显示 show one language only: zh 中文, en English（默认中英文 default both）")
  Language lang;

  RereadCommand(boolean interactive) {
    this.interactive = interactive;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Language language = lang == null ? Language.BOTH : lang;
    DatabaseLocation location = database.location();
    int workers = Math.max(1, threads);
    try (Database db = Database.open(location, workers + 1)) {
      ReportStore store = new ReportStore(db);
      ImportOptions options = new ImportOptions(workers, VersionProvider.extractorVersion(), true, true);
      Importer importer = new Importer(store, Readers::documentReader, options);
      int pending = store.documentsWithoutRun(options.extractorVersion()).size();
      ImportSummary summary;
      try (Progress progress = Progress.of(interactive && format == OutputFormat.TEXT, pending,
          language.pick("重读", "reread"))) {
        summary = importer.rereadStored(o -> {
          if (o.isFailure()) {
            progress.beforeLine();
            err.println(o.kind() == FileOutcome.Kind.INTERNAL_ERROR ? Messages.internalError(language, o.reason())
                : Messages.cannotRead(language, o.reason()));
            err.flush();
          }
          progress.step();
        });
      }
      if (format == OutputFormat.JSON) {
        ImportLines.json(location, summary, store.counts(), out);
      } else {
        new ImportLines(language).print(location, summary, store.counts(), out);
      }
      return ExitCode.of(summary.count(FileOutcome.Kind.INTERNAL_ERROR) > 0,
          summary.count(FileOutcome.Kind.FAILED) > 0);
    } catch (StoreException e) {
      err.println("gongkai: " + e.getMessage());
      return ExitCode.DATABASE;
    }
  }
}
