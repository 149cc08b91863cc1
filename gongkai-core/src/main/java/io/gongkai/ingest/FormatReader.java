package io.gongkai.ingest;

/** Reads the bytes of one document format into the neutral {@link SourceDocument}. */
public interface FormatReader {
  /**
   * Reads a document.
   *
   * @param bytes the whole file
   * @param source file name, SHA-256 and detected format, passed through to the result
   * @throws io.gongkai.UnreadableInputException when the bytes are damaged or cannot be read; the message names the
   *     file and, where known, the place
   */
  SourceDocument read(byte[] bytes, io.gongkai.model.SourceInfo source);
}
