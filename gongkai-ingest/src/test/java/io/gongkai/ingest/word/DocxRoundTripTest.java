package io.gongkai.ingest.word;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.gongkai.ingest.SourceDocument;
import io.gongkai.model.SourceInfo;
import io.gongkai.testing.Layout;
import io.gongkai.testing.ReportGenerator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Synthetic reports written as DOCX with random merges and split runs read back as the same paragraphs and grids. */
class DocxRoundTripTest {
  static final SourceInfo SOURCE = new SourceInfo("report.docx", "0".repeat(64), "docx");

  @Test
  void readingAWrittenReportGivesItsParagraphsAndTables() {
    qt().withExamples(100).forAll(longs().all()).checkAssert(seed -> {
      List<Layout.Part> parts = Layout.parts(new ReportGenerator(seed).next(ReportGenerator.Blanks.ANY));
      DocxWriter.Written written = new DocxWriter(seed).write(parts);
      SourceDocument doc = new DocxReader().read(written.bytes(), SOURCE);
      assertThat(Shapes.ofBlocks(doc.blocks())).isEqualTo(Shapes.ofParts(parts));
      assertThat(Shapes.covered(doc.blocks())).isEqualTo(Shapes.covered(written.plans(), true));
    });
  }
}
