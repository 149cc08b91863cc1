package io.gongkai.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.ingest.Block;
import io.gongkai.ingest.Grid;
import io.gongkai.ingest.GridCell;
import io.gongkai.ingest.Paragraph;
import io.gongkai.ingest.SourceDocument;
import io.gongkai.model.SourceInfo;
import io.gongkai.testing.Layout;
import io.gongkai.testing.ReportGenerator;
import io.gongkai.testing.ReportGenerator.Blanks;
import java.util.List;

/**
 * Property: printing a synthetic report to PDF and reading it back gives one paragraph per printed line, in order,
 * and each table as one grid whose cell texts are the printed rows (wrapped cells with line breaks where they wrap,
 * slots under a merged cell empty), whatever the page breaks and whether the header is repeated.
 */
class PdfRoundTripTest {
  private static final int SEEDS = 40;

  /** Seeds whose table without rulings is still read wrongly; a ratchet: this number may only go down. */
  private static final int ALIGNED_FAILURES = 1;

  @org.junit.jupiter.api.Test
  void readsBackRuledTables() {
    for (long seed = 1; seed <= SEEDS; seed++) {
      check(seed, PdfFixture.Tables.RULED);
    }
  }

  @org.junit.jupiter.api.Test
  void readsBackAlignedTablesMostly() {
    List<Long> failed = new java.util.ArrayList<>();
    for (long seed = 1; seed <= SEEDS; seed++) {
      try {
        check(seed, PdfFixture.Tables.ALIGNED);
      } catch (AssertionError e) {
        failed.add(seed);
      }
    }
    System.out.println("aligned tables read wrongly for seeds " + failed);
    assertThat(failed.size()).as("seeds read wrongly: %s", failed).isLessThanOrEqualTo(ALIGNED_FAILURES);
  }

  private static void check(long seed, PdfFixture.Tables mode) {
    {
      var report = new ReportGenerator(seed).next(mode == PdfFixture.Tables.RULED ? Blanks.ANY : Blanks.MARKS);
      double pageHeight = 560 + (seed * 37) % 282;
      // Known limitation: a repeated multi-line header of a table without rulings is not always recognised.
      boolean repeatHeader = mode == PdfFixture.Tables.RULED && seed % 2 == 0;
      var rendered = PdfFixture.render(Layout.parts(report), mode, pageHeight, repeatHeader);
      SourceDocument doc = new PdfReader().read(rendered.pdf(), new SourceInfo("seed-" + seed + ".pdf", "-", "pdf"));
      List<Object> actual = texts(doc.blocks());
      List<Object> expected = rendered.expected();
      for (int i = 0; i < Math.min(actual.size(), expected.size()); i++) {
        String where = String.format("block %d, seed %d, %s, page height %.0f", i, seed, mode, pageHeight);
        if (actual.get(i) instanceof List<?> rows && expected.get(i) instanceof List<?> want) {
          for (int r = 0; r < Math.min(rows.size(), want.size()); r++) {
            assertThat(rows.get(r)).as("%s, row %d", where, r).isEqualTo(want.get(r));
          }
          assertThat(rows).as(where).hasSameSizeAs(want);
        }
        assertThat(actual.get(i)).as(where).isEqualTo(expected.get(i));
      }
      assertThat(actual).as("seed %d, %s", seed, mode).hasSameSizeAs(expected);
    }
  }

  /** Paragraphs as their text, grids as rows of cell texts, in the shape of the fixture's expectation. */
  static List<Object> texts(List<Block> blocks) {
    return blocks.stream().<Object>map(b -> b instanceof Paragraph p ? p.text()
        : ((Grid) b).rows().stream().map(row -> row.stream().map(GridCell::text).toList()).toList()).toList();
  }
}
