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
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gongkai import PATH…}: reads reports (files or folders) into the database. Bytes already stored are skipped,
 * so importing a folder twice changes nothing; each document is stored in its own transaction, so an interrupted
 * import loses at most the documents being written and a rerun finishes the job.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "把报告（文件或文件夹）读入数据库。内容相同（SHA-256）的文件只保存一次，重复导入不改变任何数据；"
          + "每份文件单独提交，中断后重新运行即可补完。最后列出新增、未变和失败（附原因）的文件数。",
      "Reads reports (files or folders) into the database. Files with the same content (SHA-256) are stored once, so"
          + " importing again changes nothing; each file is committed on its own, so an interrupted import is finished"
          + " by running it again. Ends with the counts of new, unchanged and failed files (with reasons)."
    },
    footer = {
      "%n退出码 Exit codes: 0 正常 ok, 1 内部错误 internal error, 2 用法错误 usage,"
          + " 3 有文件无法读取 a file could not be read, 4 无法打开数据库 cannot open the database"
    })
final class ImportCommand implements Callable<Integer> {
  private final boolean interactive;

  @Spec CommandSpec spec;

  @Mixin DatabaseOptions database = new DatabaseOptions();

  @Option(names = "--threads", paramLabel = "N",
      description = "并行线程数 worker threads (default: number of processors)")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--paths-only",
      description = "只记录文件路径，不在数据库中保存文件内容 keep only each file's path, not its bytes")
  boolean pathsOnly;

  @Option(names = "--reread",
      description = "已导入但未经本版本读取的文件重新读取，新增一次读取记录并保留旧记录"
          + " read again files stored before but not yet read by this version (a new run; old runs are kept)")
  boolean reread;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
      description = "输出格式 output format: text（默认 default）或 or json")
  OutputFormat format;

  @Option(names = "--lang", paramLabel = "zh|en",
      description = "只用一种语言显示 show one language only: zh 中文, en English（默认中英文 default both）")
  Language lang;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "报告文件或文件夹 report files or folders")
  List<Path> paths;

  ImportCommand(boolean interactive) {
    this.interactive = interactive;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Language language = lang == null ? Language.BOTH : lang;
    List<Path> files = Inputs.expand(paths);
    DatabaseLocation location = database.location();
    int workers = Math.max(1, threads);
    try (Database db = Database.open(location, workers + 1)) {
      ReportStore store = new ReportStore(db);
      ImportOptions options = new ImportOptions(workers, VersionProvider.extractorVersion(), !pathsOnly, reread);
      ImportSummary summary;
      try (Progress progress = Progress.of(interactive && format == OutputFormat.TEXT, files.size(),
          language.pick("导入", "import"))) {
        summary = new Importer(store, Readers::documentReader, options).run(files, o -> {
          if (o.isFailure()) {
            progress.beforeLine();
            err.println(o.kind() == FileOutcome.Kind.INTERNAL_ERROR ? Messages.internalError(language, o.reason())
                : Messages.cannotRead(language, o.reason()));
            err.flush();
          }
          progress.step();
        });
      }
      ImportLines lines = new ImportLines(language);
      if (format == OutputFormat.JSON) {
        ImportLines.json(location, summary, store.counts(), out);
      } else {
        lines.print(location, summary, store.counts(), out);
      }
      boolean internal = summary.count(FileOutcome.Kind.INTERNAL_ERROR) > 0;
      return ExitCode.of(internal, summary.count(FileOutcome.Kind.FAILED) > 0);
    } catch (StoreException e) {
      err.println("gongkai: " + e.getMessage());
      return ExitCode.DATABASE;
    }
  }
}
