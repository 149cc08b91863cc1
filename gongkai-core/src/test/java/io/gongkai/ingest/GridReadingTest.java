package io.gongkai.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.extract.Extractor;
import io.gongkai.model.Cell;
import io.gongkai.model.Reading;
import io.gongkai.model.Status;
import io.gongkai.testing.GridDocuments;
import io.gongkai.testing.ReportGenerator;
import io.gongkai.testing.ReportGenerator.Blanks;
import io.gongkai.testing.SyntheticReport;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Table grids, whatever format they come from, are read by their exact slots: every cell comes back, empty cells at
 * the end of a row included (which a text rendering cannot tell from padding), and each cell is placed on its page.
 */
class GridReadingTest {
  private static final Extractor EXTRACTOR = new Extractor();

  @Test
  void everyCellOfAGridDocumentIsReadExactlyEmptyCellsIncluded() {
    for (long seed = 0; seed < 300; seed++) {
      SyntheticReport report = new ReportGenerator(seed).next(seed % 2 == 0 ? Blanks.EMPTY : Blanks.ANY);
      Reading reading = EXTRACTOR.read(Linearizer.text(GridDocuments.of(report, "grid-" + seed + ".html")));
      for (Map.Entry<String, String> e : report.expectedValues().entrySet()) {
        Cell cell = reading.cell(e.getKey());
        String where = "seed " + seed + " " + e.getKey() + " printed '" + report.printed().get(e.getKey()) + "'";
        if (e.getValue() == null) {
          assertThat(cell.status()).as(where).isEqualTo(Status.BLANK);
        } else {
          assertThat(cell.status()).as(where).isEqualTo(Status.OK);
          assertThat(cell.value()).as(where).isEqualTo(e.getValue());
        }
      }
    }
  }

  @Test
  void cellsArePlacedOnThePageAndBoxOfTheirGridCell() {
    SyntheticReport report = new ReportGenerator(7).next(Blanks.NONE);
    TextDocument doc = Linearizer.text(GridDocuments.of(report, "placed.html"));
    Reading reading = EXTRACTOR.read(doc);
    Cell cell = reading.cell("t3.new_received.total");
    TextPiece piece = doc.pieces().stream()
        .filter(p -> p.start() <= cell.span().start() && cell.span().end() <= p.end()).findFirst().orElseThrow();
    assertThat(doc.text().substring(cell.span().start(), cell.span().end())).isEqualTo(cell.raw());
    assertThat(cell.span().page()).isEqualTo(piece.location().page());
    assertThat(cell.span().box()).isEqualTo(piece.location().box());
  }

  @Test
  void anOcrReadingWithoutConfidenceMakesTheCellUncertainWithItsCandidates() {
    SyntheticReport report = new ReportGenerator(11).next(Blanks.NONE);
    SourceDocument doc = GridDocuments.of(report, "scan.png");
    String value = report.printed().get("t3.new_received.natural_person");
    SourceDocument unsure = withCandidates(doc, value, List.of(value, value + "8"));
    Reading reading = EXTRACTOR.read(Linearizer.text(unsure));
    Cell cell = reading.cell("t3.new_received.natural_person");
    assertThat(cell.status()).isEqualTo(Status.UNCERTAIN);
    assertThat(cell.candidates()).containsExactly(value, value + "8");
  }

  @Test
  void aValueSlotWhoseOcrReadingIsNoNumberLeavesTheCellsAfterItUncertainNotBlank() {
    // The scan of seed 12 printed 0 0 0 8 0 0 | 8 in this row, and the Chinese model read the total 8 as 如.
    SyntheticReport report = new ReportGenerator(12).next(Blanks.MARKS);
    SourceDocument doc = GridDocuments.of(report, "scan.png");
    String value = report.printed().get("t3.unable_unclear.total");
    SourceDocument unread = withCandidates(doc, "3.补正后", value, "如", List.of("如"), true);
    Cell cell = EXTRACTOR.read(Linearizer.text(unread)).cell("t3.unable_unclear.total");
    assertThat(cell.status()).isEqualTo(Status.UNCERTAIN);
  }

  private static SourceDocument withCandidates(SourceDocument doc, String value, List<String> candidates) {
    return withCandidates(doc, "一、本年新收", value, value, candidates, false);
  }

  /** The document with the first (or last) value cell of the row labelled {@code label…} read as {@code read} with OCR candidates. */
  private static SourceDocument withCandidates(SourceDocument doc, String label, String value, String read,
      List<String> candidates, boolean last) {
    List<Block> blocks = doc.blocks().stream().map(b -> {
      if (!(b instanceof Grid g)) {
        return b;
      }
      List<List<GridCell>> rows = g.rows().stream().map(row -> {
        if (row.stream().noneMatch(c -> c.text().startsWith(label))) {
          return row;
        }
        List<GridCell> cells = new java.util.ArrayList<>(row);
        int first = last ? cells.size() - 1 : 1;
        while (cells.get(first).text().isEmpty()) {
          first += last ? -1 : 1;
        }
        assertThat(cells.get(first).text()).isEqualTo(value);
        cells.set(first, new GridCell(read, false, candidates, cells.get(first).location()));
        return (List<GridCell>) cells;
      }).toList();
      return (Block) new Grid(rows, g.location());
    }).toList();
    return new SourceDocument(doc.source(), blocks);
  }
}
