package io.gongkai;

/**
 * The one unchecked root of gongkai's exceptions. Exceptions are for I/O failures and bugs only; problems in a report
 * are findings, not exceptions. Subclasses are named after the failure and carry its context.
 */
public class GongkaiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** An exception with a message that names what failed and why. */
  public GongkaiException(String message) {
    super(message);
  }

  /** An exception with a message that names what failed and why, and the underlying cause. */
  public GongkaiException(String message, Throwable cause) {
    super(message, cause);
  }
}
