package io.gongkai.cli;

import io.gongkai.imports.ImportOptions;
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

  @Mixin StoreOutputOptions output = new StoreOutputOptions();

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "报告文件或文件夹 report files or folders")
  List<Path> paths;

  ImportCommand(boolean interactive) {
    this.interactive = interactive;
  }

  @Override
  public Integer call() {
    List<Path> files = Inputs.expand(paths);
    ImportOptions options = new ImportOptions(Math.max(1, threads), VersionProvider.extractorVersion(), !pathsOnly,
        reread);
    return ImportRun.execute(spec, "导入", database.location(), options, output, interactive, store -> files.size(),
        (importer, each) -> importer.run(files, each));
  }
}
