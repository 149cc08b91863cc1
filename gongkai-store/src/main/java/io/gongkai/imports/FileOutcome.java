package io.gongkai.imports;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What importing one file did.
 *
 * @param documentId the stored document; null when the file failed
 * @param reason why it failed (names the file); null otherwise
 */
public record FileOutcome(Path file, Kind kind, Long documentId, String reason) {
  /** The kinds of outcome. */
  public enum Kind {
    /** A new document was stored (新增). */
    ADDED,
    /** The same bytes were stored already: nothing changed (未变). */
    UNCHANGED,
    /** Stored already, and read again by this extractor version: a run was added (重读). */
    REREAD,
    /** The file could not be read or stored (失败); see the reason. */
    FAILED,
    /** A bug met on this file (内部错误); see the reason. The other files are imported all the same. */
    INTERNAL_ERROR
  }

  public FileOutcome {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(kind, "kind");
    if ((kind == Kind.FAILED || kind == Kind.INTERNAL_ERROR) != (reason != null)) {
      throw new IllegalArgumentException("a reason goes with a failure and only with it: " + file);
    }
  }

  static FileOutcome failed(Path file, String reason) {
    return new FileOutcome(file, Kind.FAILED, null, reason);
  }

  /** Whether the file failed, for whatever reason. */
  public boolean isFailure() {
    return kind == Kind.FAILED || kind == Kind.INTERNAL_ERROR;
  }
}
