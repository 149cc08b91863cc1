package io.gongkai.output;

/**
 * Which language user-facing text is shown in. Chinese comes first when both are shown, because the reports, their
 * readers and the official labels are Chinese.
 */
public enum Language {
  /** Chinese only. */
  ZH,
  /** English only. */
  EN,
  /** Chinese, then English. */
  BOTH;

  /** The text in this language; both joined by a space for {@link #BOTH}. */
  public String pick(String zh, String en) {
    return switch (this) {
      case ZH -> zh;
      case EN -> en;
      case BOTH -> zh + " " + en;
    };
  }
}
