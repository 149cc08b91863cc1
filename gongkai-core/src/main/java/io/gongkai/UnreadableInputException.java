package io.gongkai;

/**
 * An input file that cannot be turned into text: missing, unreadable, binary, or in an encoding gongkai does not know.
 * The message names the file and the reason, so a front end can print it as it is.
 */
public class UnreadableInputException extends GongkaiException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final String reason;

  /** The input {@code file} cannot be read because of {@code reason} (Chinese first, then English). */
  public UnreadableInputException(String file, String reason) {
    this(file, reason, null);
  }

  /** As {@link #UnreadableInputException(String, String)}, keeping the I/O error that caused it. */
  public UnreadableInputException(String file, String reason, Throwable cause) {
    super(file + ": " + reason, cause);
    this.file = file;
    this.reason = reason;
  }

  /** The file as the user named it. */
  public String file() {
    return file;
  }

  /** Why it cannot be read, without the file name. */
  public String reason() {
    return reason;
  }
}
