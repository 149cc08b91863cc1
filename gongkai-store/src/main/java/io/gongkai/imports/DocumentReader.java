package io.gongkai.imports;

import io.gongkai.model.Report;

/**
 * Reads and checks the bytes of one document. Front ends pass one that knows every format; an instance is used by one
 * thread only.
 */
@FunctionalInterface
public interface DocumentReader {
  /**
   * Reads {@code bytes}, which came from a file called {@code fileName}.
   *
   * @throws io.gongkai.UnreadableInputException when they cannot be read; the message names the file and the reason
   */
  Report read(byte[] bytes, String fileName);
}
