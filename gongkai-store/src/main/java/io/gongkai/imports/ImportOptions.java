package io.gongkai.imports;

import java.util.Objects;

/**
 * How to import.
 *
 * @param threads how many files are read at once
 * @param extractorVersion the version recorded with each extraction run
 * @param keepBytes whether the database keeps each document's bytes, or only the path it was imported from
 * @param reread whether a document already stored but not yet read by this extractor version is read again (a new
 *     run is added and the old ones kept)
 */
public record ImportOptions(int threads, String extractorVersion, boolean keepBytes, boolean reread) {
  public ImportOptions {
    Objects.requireNonNull(extractorVersion, "extractorVersion");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
  }

  /** Defaults: one thread per core, bytes kept, no re-reading. */
  public static ImportOptions defaults(String extractorVersion) {
    return new ImportOptions(Runtime.getRuntime().availableProcessors(), extractorVersion, true, false);
  }
}
