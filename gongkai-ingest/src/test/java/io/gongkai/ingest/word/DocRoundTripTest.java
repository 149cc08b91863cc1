package io.gongkai.ingest.word;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.gongkai.ingest.SourceDocument;
import io.gongkai.model.SourceInfo;
import io.gongkai.testing.Layout;
import io.gongkai.testing.ReportGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Synthetic reports written as DOCX with random merges, turned into binary DOC by LibreOffice (as many real .doc
 * reports were made), read back with {@link DocReader} as the same paragraphs and grids. Needs {@code soffice}.
 */
class DocRoundTripTest {
  private static final int REPORTS = 16;

  @Test
  void readingAReportConvertedToDocGivesItsParagraphsAndTables(@TempDir Path dir) throws Exception {
    assumeTrue(Soffice.available(), "soffice is not on the PATH");
    long base = Long.getLong("doc.seed", 20261122L); // fixed, so that CI runs are repeatable; -Ddoc.seed=N for others
    List<Path> docx = new ArrayList<>();
    List<List<Layout.Part>> parts = new ArrayList<>();
    List<DocxWriter.Written> written = new ArrayList<>();
    for (int i = 0; i < REPORTS; i++) {
      long seed = base + i;
      parts.add(Layout.parts(new ReportGenerator(seed).next(ReportGenerator.Blanks.ANY)));
      written.add(new DocxWriter(seed, true).write(parts.get(i)));
      docx.add(Files.write(dir.resolve("r" + i + ".docx"), written.get(i).bytes()));
    }
    List<Path> docs = Soffice.convert(docx, "doc", Files.createDirectory(dir.resolve("doc")));
    SoftAssertions soft = new SoftAssertions();
    for (int i = 0; i < REPORTS; i++) {
      SourceDocument doc = new DocReader(null).read(Files.readAllBytes(docs.get(i)),
          new SourceInfo("r" + i + ".doc", "0".repeat(64), "doc"));
      String seed = "seed " + (base + i);
      soft.assertThat(Shapes.ofBlocks(doc.blocks())).as(seed).isEqualTo(Shapes.ofParts(parts.get(i)));
      soft.assertThat(Shapes.covered(doc.blocks())).as(seed)
          .isEqualTo(Shapes.covered(written.get(i).plans(), true));
    }
    soft.assertAll();
  }
}
