package io.gongkai.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.ingest.Grid;
import io.gongkai.ingest.SourceDocument;
import io.gongkai.model.SourceInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The real text PDFs of the corpus (read in place, skipped where the corpus is absent): three statistical tables,
 * Table 2 as one grid over its page break, Table 3 joined over its page break with its group label in the merged
 * left column, Table 4's two-level header.
 */
class PdfCorpusTest {
  private static final Path CORPUS = Path.of("../../shared/corpus/files");

  @ParameterizedTest
  @CsvSource({"000_hongze-district-2023.pdf, 21, 10, 0", "001_hongze-district-2024.pdf, 95, 31, 3"})
  void readsTheThreeTables(String file, String received, String notHeld, String reviewTotal) throws IOException {
    // Tests run in the module directory; the corpus is ../shared beside the repository root.
    Path path = CORPUS.resolve(file);
    Assumptions.assumeTrue(Files.exists(path), "corpus not present");
    SourceDocument doc = new PdfReader().read(Files.readAllBytes(path), new SourceInfo(file, "-", "pdf"));
    List<Grid> grids = doc.blocks().stream().filter(Grid.class::isInstance).map(Grid.class::cast).toList();
    assertThat(grids).hasSize(3);
    Grid t2 = grids.get(0);
    Grid t3 = grids.get(1);
    Grid t4 = grids.get(2);
    assertThat(t2.rows()).hasSize(14);
    assertThat(t2.cell(13, 0).text()).isEqualTo("行政事业性收费");
    assertThat(t3.rows()).hasSize(26);
    assertThat(t3.width()).isEqualTo(10);
    assertThat(t3.cell(3, 3).text()).isEqualTo(received);
    assertThat(t3.cell(5, 0).text()).isEqualTo("三、本年度办理结果");
    assertThat(t3.cell(6, 0).continuation()).isTrue();
    assertThat(t3.cell(15, 3).text()).isEqualTo(notHeld);
    assertThat(t3.cell(25, 0).text()).isEqualTo("四、结转下年度继续办理");
    assertThat(t4.rows()).hasSize(4);
    assertThat(t4.width()).isEqualTo(15);
    assertThat(t4.cell(1, 0).text()).isEqualTo("结果\n维持");
    assertThat(t4.cell(2, 0).continuation()).isTrue();
    assertThat(t4.cell(3, 10).text()).isNotEmpty();
    assertThat(t4.cell(3, 0).text()).isNotEmpty();
    assertThat(t3.cell(24, 3).text()).isEqualTo(received);
    assertThat(t4.cell(3, 14).text()).isEqualTo(reviewTotal);
  }
}
