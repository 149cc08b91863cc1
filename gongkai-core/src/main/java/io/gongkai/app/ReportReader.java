package io.gongkai.app;

import io.gongkai.extract.Extractor;
import io.gongkai.ingest.TextDocument;
import io.gongkai.ingest.TextDocuments;
import io.gongkai.model.Finding;
import io.gongkai.model.Reading;
import io.gongkai.model.Report;
import io.gongkai.model.SourceInfo;
import io.gongkai.validate.Validator;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The one application service every front end (command line, benchmark, web, batch) calls to turn an input into a
 * {@link Report}: ingest, then extract, then check. Keeping the sequence here means a front end cannot forget a stage
 * or run them in another order.
 *
 * <p>An instance holds one extractor and one validator; use one instance per thread unless both are known to be
 * stateless.
 */
public final class ReportReader {
  private final Extractor extractor;
  private final Validator validator;
  private final Function<Path, TextDocument> loader;

  /** A reader of text and markdown files with the standard extractor and validator. */
  public ReportReader() {
    this(TextDocuments::read);
  }

  /**
   * A reader with the standard stages that loads files with {@code loader} (the format readers of gongkai-ingest
   * read HTML, Word, PDF and scans; the core alone reads text and markdown).
   */
  public ReportReader(Function<Path, TextDocument> loader) {
    this(new Extractor(), new Validator(), loader);
  }

  /** A reader of text and markdown files with the given stages. */
  public ReportReader(Extractor extractor, Validator validator) {
    this(extractor, validator, TextDocuments::read);
  }

  /** A reader with the given stages and loader. */
  public ReportReader(Extractor extractor, Validator validator, Function<Path, TextDocument> loader) {
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    this.validator = Objects.requireNonNull(validator, "validator");
    this.loader = Objects.requireNonNull(loader, "loader");
  }

  /**
   * Reads and checks one file.
   *
   * @throws io.gongkai.UnreadableInputException when the file cannot be read or decoded; the message names the file
   */
  public Report read(Path file) {
    return read(loader.apply(file));
  }

  /** Reads and checks a document already decoded. */
  public Report read(TextDocument document) {
    Reading reading = extractor.read(document);
    return new Report(reading, validator.check(reading));
  }

  /** Reads and checks the text of one report whose source is {@code source}. */
  public Report read(String text, SourceInfo source) {
    Reading reading = extractor.read(text, source);
    List<Finding> findings = validator.check(reading);
    return new Report(reading, findings);
  }
}
