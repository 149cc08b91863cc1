package io.gongkai.store;

import io.gongkai.app.ReportReader;
import io.gongkai.imports.DocumentReader;
import io.gongkai.ingest.formats.Documents;

/** The reader the import tests use: every format, as the command line reads them. */
public final class TestReaders {
  private TestReaders() {}

  /** A reader for one thread. */
  public static DocumentReader allFormats() {
    Documents documents = new Documents();
    ReportReader reader = new ReportReader();
    return (bytes, name) -> reader.read(documents.read(bytes, name));
  }
}
