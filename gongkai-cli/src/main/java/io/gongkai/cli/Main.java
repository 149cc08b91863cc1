package io.gongkai.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code gongkai} command: reads and checks 政府信息公开工作年度报告. {@link #main} is the only place that
 * calls {@link System#exit}; everything else returns an {@link ExitCode} so tests can run commands in-process.
 */
@Command(
    name = "gongkai",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    subcommands = {ParseCommand.class, CheckCommand.class, ImportCommand.class, RereadCommand.class, OrgansCommand.class,
        ReportCommand.class, ExportCommand.class, StatsCommand.class, CommandLine.HelpCommand.class},
    description = {
      "读取、检查并保存政府信息公开工作年度报告。",
      "Reads, checks and keeps government information disclosure annual reports."
    },
    exitCodeListHeading = "%n退出码 Exit codes:%n",
    exitCodeList = {
      "0:正常 ok",
      "1:内部错误 internal error (a bug)",
      "2:用法错误 usage error",
      "3:发现错误级问题或有文件无法读取 error-level findings, or an input could not be read",
      "4:无法打开数据库 the database cannot be opened"
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Shows the usage when no subcommand is given. */
  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "请指定子命令 missing subcommand: parse | check | import | reread | organs | export | stats");
  }

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    // UTF-8 always: the output is Chinese and JSON must be UTF-8, whatever the platform's default charset is.
    PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
        StandardCharsets.UTF_8));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
        StandardCharsets.UTF_8), true);
    int code = run(out, err, System.console() != null, args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs the command line with the given streams.
   *
   * @param interactive whether a person watches a terminal (progress bars are shown only then)
   * @return the exit code, one of {@link ExitCode}
   */
  public static int run(PrintWriter out, PrintWriter err, boolean interactive, String... args) {
    CommandLine cl = commandLine(interactive);
    cl.setOut(out);
    cl.setErr(err);
    try {
      return cl.execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  static CommandLine commandLine(boolean interactive) {
    CommandLine cl = new CommandLine(new Main(), new Factory(interactive));
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      commandLine.getErr().println("gongkai: 内部错误 internal error: " + ex);
      ex.printStackTrace(commandLine.getErr());
      return ExitCode.INTERNAL_ERROR;
    });
    return cl;
  }

  /** Creates the subcommands, handing them what the environment says (a terminal or not). */
  private record Factory(boolean interactive) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> cls) throws Exception {
      if (cls == CheckCommand.class) {
        return cls.cast(new CheckCommand(interactive));
      }
      if (cls == ImportCommand.class) {
        return cls.cast(new ImportCommand(interactive));
      }
      if (cls == RereadCommand.class) {
        return cls.cast(new RereadCommand(interactive));
      }
      return CommandLine.defaultFactory().create(cls);
    }
  }
}
