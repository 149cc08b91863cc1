package io.gongkai.ingest.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.testing.Layout;
import io.gongkai.testing.ReportGenerator;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Ruling lines and merged cells of printed tables are found exactly, on clean and on skewed, noisy scans. */
class LatticeTest {
  static Stream<Arguments> pages() {
    return Stream.of(Arguments.of(1L, 200, false), Arguments.of(2L, 300, false), Arguments.of(3L, 200, false),
        Arguments.of(4L, 200, true), Arguments.of(5L, 300, true));
  }

  @ParameterizedTest(name = "seed {0} at {1} dpi, degraded {2}")
  @MethodSource("pages")
  void findsTheTablesAsPrinted(long seed, int dpi, boolean degraded) {
    var report = new ReportGenerator(seed).next(ReportGenerator.Blanks.MARKS);
    List<ScanPages.Page> pages = ScanPages.render(Layout.parts(report), dpi);
    int tables = 0;
    for (int i = 0; i < pages.size(); i++) {
      ScanPages.Page page = pages.get(i);
      var image = degraded ? Degrade.scanned(page.image(), i % 2 == 0 ? 1.5 : -1.2, seed + i) : page.image();
      PreparedPage prepared = PreparedPage.of(image);
      List<TableGeometry> found = Lattice.find(prepared.bits());
      assertThat(found).as("tables on page %d", i + 1).hasSize(page.tables().size());
      for (int t = 0; t < found.size(); t++) {
        ScanPages.Printed printed = page.tables().get(t);
        TableGeometry g = found.get(t);
        assertThat(g.rows()).as("rows of table %d on page %d", t + 1, i + 1).isEqualTo(printed.rows().size());
        assertThat(g.columns()).as("columns").isEqualTo(printed.rows().get(0).size());
        assertThat(new HashSet<>(g.cells())).as("cells").isEqualTo(new HashSet<>(printed.spans()));
        tables++;
      }
    }
    assertThat(tables).isEqualTo(3);
  }
}
