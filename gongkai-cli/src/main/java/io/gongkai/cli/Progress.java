package io.gongkai.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * A progress bar on standard error for people at a terminal, and nothing at all otherwise: on a pipe or in a log the
 * bar's carriage returns and ANSI codes are only noise.
 */
interface Progress extends AutoCloseable {
  /** Called before a result line is printed, so the line does not land on the bar. */
  void beforeLine();

  /** One more file done. */
  void step();

  @Override
  void close();

  /** A bar over {@code total} files when {@code interactive}, else a no-op. */
  static Progress of(boolean interactive, int total, String task) {
    if (!interactive || total < 2) {
      return new Progress() {
        @Override
        public void beforeLine() {}

        @Override
        public void step() {}

        @Override
        public void close() {}
      };
    }
    ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).build();
    return new Progress() {
      @Override
      public void beforeLine() {
        // Clear the bar's line on the terminal (stderr); the bar redraws itself on its next tick.
        System.err.print("\r\033[2K");
        System.err.flush();
      }

      @Override
      public void step() {
        bar.step();
      }

      @Override
      public void close() {
        bar.close();
      }
    };
  }
}
