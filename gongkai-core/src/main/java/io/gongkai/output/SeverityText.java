package io.gongkai.output;

import io.gongkai.model.Severity;

/** The names of severities as shown to people (错误 error, 警告 warning, 提示 info). */
public final class SeverityText {
  private SeverityText() {}

  /** The name of {@code s} in {@code lang}. */
  public static String name(Severity s, Language lang) {
    return switch (s) {
      case ERROR -> lang.pick("错误", "error");
      case WARNING -> lang.pick("警告", "warning");
      case INFO -> lang.pick("提示", "info");
    };
  }
}
