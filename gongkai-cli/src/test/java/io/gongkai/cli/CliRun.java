package io.gongkai.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** The result of running the command line in-process: exit code and what was printed. */
record CliRun(int code, String out, String err) {
  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), false, args);
    return new CliRun(code, out.toString(), err.toString());
  }
}
