package io.gongkai.store.review;

import java.util.Arrays;

/** A reviewer's decision on a finding. */
public enum Decision {
  /** 确认: the problem is real. */
  CONFIRM("confirm", "确认"),
  /** 驳回: not a problem (a legitimate break, a misreading), with the reason why. */
  DISMISS("dismiss", "驳回");

  private final String code;
  private final String zh;

  Decision(String code, String zh) {
    this.code = code;
    this.zh = zh;
  }

  /** The name stored and used on the command line. */
  public String code() {
    return code;
  }

  /** The Chinese name. */
  public String zh() {
    return zh;
  }

  /** The decision named by its code or its Chinese name. */
  public static Decision of(String name) {
    return Arrays.stream(values()).filter(d -> d.code.equalsIgnoreCase(name) || d.zh.equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("未知决定 unknown decision: " + name + " (confirm/dismiss)"));
  }
}
