package io.gongkai.extract.internal;

import io.gongkai.model.Cell;
import io.gongkai.model.SourceSpan;
import io.gongkai.model.Status;
import io.gongkai.schema.CellId;
import java.util.List;

/** Builds the public cell from a decision: value, raw text as printed (original script) and span. */
final class CellMaker {
  private CellMaker() {}

  static Cell cell(CellId id, TableSolver.Decision d, TableReader.Region region, TableReader reader) {
    Piece p = d.piece();
    if (d.certain() && (p == null || p.blank())) {
      return p == null ? new Cell(id, Status.BLANK, null, null, List.of(), null)
          : new Cell(id, Status.BLANK, null, reader.raw(p.start(), p.end()), List.of(), reader.span(p.start(), p.end()));
    }
    if (d.certain()) {
      List<String> values = d.readings();
      String raw = reader.raw(p.start(), p.end());
      SourceSpan span = reader.span(p.start(), p.end());
      return values.size() == 1 ? new Cell(id, Status.OK, values.get(0), raw, List.of(), span)
          : new Cell(id, Status.UNCERTAIN, null, raw, values, span);
    }
    List<Item> items = region.items();
    if (items.isEmpty()) {
      return new Cell(id, Status.UNCERTAIN, null, null, d.candidates(), null);
    }
    int start = items.get(0).start();
    int end = items.get(items.size() - 1).end();
    return new Cell(id, Status.UNCERTAIN, null, reader.raw(start, end), d.candidates(), reader.span(start, end));
  }
}
