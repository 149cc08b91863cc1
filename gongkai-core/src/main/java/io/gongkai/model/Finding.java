package io.gongkai.model;

import java.util.List;
import java.util.Objects;

/**
 * A problem in a report, as data: the rule that found it, how serious it is, the cells involved, what was expected
 * against what is printed, and a message in Chinese and English.
 */
public record Finding(
    String rule,
    Severity severity,
    List<String> cells,
    String expected,
    String actual,
    String messageZh,
    String messageEn) {
  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(messageZh, "messageZh");
    Objects.requireNonNull(messageEn, "messageEn");
    cells = List.copyOf(cells);
  }
}
