package io.gongkai.cli;

import io.gongkai.output.Language;

/** The error lines the commands print on standard error, worded once so that parse and check say the same thing. */
final class Messages {
  private Messages() {}

  /** An input that cannot be read; {@code message} names the file and the reason. */
  static String cannotRead(Language lang, String message) {
    return "gongkai: " + lang.pick("无法读取", "cannot read") + " " + message;
  }

  /** A bug met while reading a file; {@code message} names the file and the exception. The run goes on. */
  static String internalError(Language lang, String message) {
    return "gongkai: " + lang.pick("内部错误", "internal error") + " " + message;
  }
}
