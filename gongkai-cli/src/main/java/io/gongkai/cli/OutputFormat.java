package io.gongkai.cli;

/** What a command prints on standard output: text for people, JSON for scripts. */
public enum OutputFormat {
  /** Terminal text, Chinese first. */
  TEXT,
  /** The JSON of OUTPUT.md ({@code parse}) or an array of summaries ({@code check}). */
  JSON
}
