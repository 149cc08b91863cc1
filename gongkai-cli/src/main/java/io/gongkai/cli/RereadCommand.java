package io.gongkai.cli;

import io.gongkai.imports.ImportOptions;
import io.gongkai.imports.Importer;
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

  @Mixin StoreOutputOptions output = new StoreOutputOptions();

  RereadCommand(boolean interactive) {
    this.interactive = interactive;
  }

  @Override
  public Integer call() {
    ImportOptions options = new ImportOptions(Math.max(1, threads), VersionProvider.extractorVersion(), true, true);
    return ImportRun.execute(spec, "重读", database.location(), options, output, interactive,
        store -> store.documentsWithoutRun(options.extractorVersion()).size(), Importer::rereadStored);
  }
}
