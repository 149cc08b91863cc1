package io.gongkai.store;

import io.gongkai.model.Report;
import java.util.Objects;

/**
 * A document read and checked, ready to be stored with its first extraction run.
 *
 * @param sha256 lower-case hex SHA-256 of {@code bytes}: the document's identity
 * @param path where it was imported from; null when it came from elsewhere
 * @param sourceUrl where it was published, when known
 * @param keepBytes whether to store the bytes themselves, or only the path
 */
public record NewDocument(
    String sha256,
    String fileName,
    String path,
    String sourceUrl,
    byte[] bytes,
    boolean keepBytes,
    Report report,
    String extractorVersion) {
  public NewDocument {
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(extractorVersion, "extractorVersion");
    if (!sha256.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("not a lower-case hex SHA-256: " + sha256);
    }
  }
}
