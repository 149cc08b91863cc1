package io.gongkai.model;

import java.util.Locale;

/** How serious a finding is. */
public enum Severity {
  ERROR,
  WARNING,
  INFO;

  /** The public name ({@code error}, {@code warning}, {@code info}). */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
