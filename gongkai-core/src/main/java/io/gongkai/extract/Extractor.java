package io.gongkai.extract;

import io.gongkai.extract.internal.EditionDetector;
import io.gongkai.extract.internal.Metadata;
import io.gongkai.extract.internal.Projection;
import io.gongkai.extract.internal.SectionFinder;
import io.gongkai.extract.internal.Tables;
import io.gongkai.extract.internal.TextIndex;
import io.gongkai.ingest.TextDocument;
import io.gongkai.model.Reading;
import io.gongkai.model.SourceInfo;
import io.gongkai.schema.Edition;
import io.gongkai.schema.Template;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the text of one report into the official template: metadata, sections, edition, and one cell per template
 * cell with status, raw text and span. Deterministic and pure; never changes a printed number.
 */
public final class Extractor {
  private final Template template;

  /** An extractor for the standard template. */
  public Extractor() {
    this(Template.standard());
  }

  /** An extractor for a given template registry. */
  public Extractor(Template template) {
    this.template = template;
  }

  /** Reads {@code text} (any text rendering of a report) into a {@link Reading}. */
  public Reading read(String text, SourceInfo source) {
    return read(text, source, Set.of());
  }

  /**
   * Reads a document: its text as {@link #read(String, SourceInfo)} does, the rows of its table grids by their exact
   * slots, and every cell placed on its page, an OCR reading without confidence made uncertain.
   */
  public Reading read(TextDocument document) {
    Reading reading = read(document.text(), document.source(), document.gridLines());
    return document.pieces().isEmpty() ? reading : Placement.place(reading, document.pieces());
  }

  private Reading read(String text, SourceInfo source, Set<Integer> gridLines) {
    String normalized = Normalizer.normalize(text);
    TextIndex index = new TextIndex(text);
    Metadata meta = Metadata.read(normalized);
    List<SectionFinder.Heading> headings = SectionFinder.headings(normalized, template.sections());
    Projection projection = Projection.of(normalized);
    Map<Edition, Integer> markers = EditionDetector.markers(template, projection);
    Edition edition = EditionDetector.decide(markers, meta.year());
    if (edition == Edition.UNKNOWN) {
      Edition cited = EditionDetector.cited(normalized);
      edition = cited != null ? cited : edition;
    }
    var sections = SectionFinder.sections(text, headings, index);
    if (!edition.hasTables()) {
      return new Reading(source, text, edition, markers, meta.year(), meta.agency(), meta.published(), sections,
          List.of(), List.of(), Set.of());
    }
    Tables tables = Tables.read(normalized, projection, text, index, template.edition(edition).orElseThrow(), headings,
        gridLines);
    return new Reading(source, text, edition, markers, meta.year(), meta.agency(), meta.published(), sections,
        tables.cells(), tables.variants(), tables.found());
  }
}
