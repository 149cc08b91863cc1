package io.gongkai.cli;

/**
 * The documented exit codes of the command line. When several apply, the highest-priority one wins: internal error,
 * then findings/unreadable input, then ok.
 */
public final class ExitCode {
  /** Everything was read and nothing at or above the chosen severity was found. */
  public static final int OK = 0;
  /** A bug in gongkai: an unexpected exception (the run still goes through the other files). */
  public static final int INTERNAL_ERROR = 1;
  /** Bad command line: unknown option, missing argument, bad value. */
  public static final int USAGE = 2;
  /** A finding at or above the chosen severity ({@code --fail-on}, default error), or an input could not be read. */
  public static final int FINDINGS = 3;
  /** The database cannot be opened: a server that is down, a wrong password, an H2 file in use by another process. */
  public static final int DATABASE = 4;

  private ExitCode() {}

  /** The exit code of a run that had the given outcomes. */
  static int of(boolean internalError, boolean findingsOrUnreadable) {
    if (internalError) {
      return INTERNAL_ERROR;
    }
    return findingsOrUnreadable ? FINDINGS : OK;
  }
}
