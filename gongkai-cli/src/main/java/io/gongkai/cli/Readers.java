package io.gongkai.cli;

import io.gongkai.app.ReportReader;
import io.gongkai.imports.DocumentReader;
import io.gongkai.ingest.formats.Documents;

/** The report reader every command uses: all formats, through the format readers of gongkai-ingest. */
final class Readers {
  private Readers() {}

  /** A reader for one thread (format readers hold per-thread engines such as OCR). */
  static ReportReader reportReader() {
    return new ReportReader(new Documents()::read);
  }

  /** A reader of documents' bytes in every format, for one thread (the import reads bytes it has hashed). */
  static DocumentReader documentReader() {
    Documents documents = new Documents();
    ReportReader reader = new ReportReader();
    return (bytes, name) -> reader.read(documents.read(bytes, name));
  }
}
