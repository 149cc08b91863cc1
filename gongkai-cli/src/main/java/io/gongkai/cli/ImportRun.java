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
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What {@code import} and {@code reread} share: open the database, run the importer under a progress bar with a line
 * on standard error for each file that fails, print the summary, and give the exit code.
 */
final class ImportRun {
  /** The importer's work: import the files given, or re-read what is stored. */
  interface Job extends BiFunction<Importer, Consumer<FileOutcome>, ImportSummary> {}

  private ImportRun() {}

  /**
   * Runs {@code job}; {@code total} tells the progress bar how many files there will be, {@code taskZh} names the
   * task on it in Chinese (the command's name is the English).
   *
   * @return the exit code: 4 when the database cannot be opened, else as {@link ExitCode#of}
   */
  static int execute(CommandSpec spec, String taskZh, DatabaseLocation location, ImportOptions options,
      StoreOutputOptions output, boolean interactive, ToIntFunction<ReportStore> total, Job job) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Language language = output.language();
    try (Database db = Database.open(location, options.threads() + 1)) {
      ReportStore store = new ReportStore(db);
      Importer importer = new Importer(store, Readers::documentReader, options);
      ImportSummary summary;
      try (Progress progress = Progress.of(interactive && output.format == OutputFormat.TEXT,
          total.applyAsInt(store), language.pick(taskZh, spec.name()))) {
        summary = job.apply(importer, o -> {
          if (o.isFailure()) {
            progress.beforeLine();
            err.println(o.kind() == FileOutcome.Kind.INTERNAL_ERROR ? Messages.internalError(language, o.reason())
                : Messages.cannotRead(language, o.reason()));
            err.flush();
          }
          progress.step();
        });
      }
      if (output.format == OutputFormat.JSON) {
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
