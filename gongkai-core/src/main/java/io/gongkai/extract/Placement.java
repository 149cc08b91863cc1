package io.gongkai.extract;

import io.gongkai.ingest.TextPiece;
import io.gongkai.model.Cell;
import io.gongkai.model.Reading;
import io.gongkai.model.Section;
import io.gongkai.model.SourceSpan;
import io.gongkai.model.Status;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts the cells and sections of a reading of a structured document back on its pages: each span gets the page and
 * box of the paragraph or grid cell it lies in. A cell read from an OCR reading without confidence is uncertain, with
 * the OCR's readings as candidates, whatever the arithmetic says: a value marked certain must be right.
 */
final class Placement {
  private Placement() {}

  static Reading place(Reading r, List<TextPiece> pieces) {
    List<Cell> cells = new ArrayList<>(r.cells().size());
    for (Cell c : r.cells()) {
      cells.add(place(c, pieces));
    }
    List<Section> sections = r.sections().stream()
        .map(s -> new Section(s.id(), s.title(), place(s.span(), pieces), s.text())).toList();
    return new Reading(r.source(), r.text(), r.edition(), r.editionMarkers(), r.year(), r.agency(), r.published(),
        sections, cells, r.labelVariants(), r.tablesFound());
  }

  private static Cell place(Cell c, List<TextPiece> pieces) {
    TextPiece p = c.span() == null ? null : piece(pieces, c.span().start());
    if (p == null) {
      return c;
    }
    SourceSpan span = place(c.span(), pieces);
    if (!p.candidates().isEmpty() && (c.status() == Status.OK || c.status() == Status.BLANK)) {
      List<String> candidates = p.candidates().stream().map(Normalizer::normalize).map(String::strip).toList();
      return new Cell(c.id(), Status.UNCERTAIN, null, c.raw(), candidates, span);
    }
    return new Cell(c.id(), c.status(), c.value(), c.raw(), c.candidates(), span);
  }

  private static SourceSpan place(SourceSpan s, List<TextPiece> pieces) {
    TextPiece p = s == null ? null : piece(pieces, s.start());
    return p == null || p.location().page() == null ? s : s.on(p.location().page(), p.location().box());
  }

  /** The piece holding an offset: the last one starting at or before it, if it reaches it. */
  private static TextPiece piece(List<TextPiece> pieces, int offset) {
    int lo = 0;
    int hi = pieces.size() - 1;
    TextPiece found = null;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (pieces.get(mid).start() <= offset) {
        found = pieces.get(mid);
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found != null && offset <= found.end() ? found : null;
  }
}
