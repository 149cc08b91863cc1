package io.gongkai.ingest.word;

import static io.gongkai.ingest.word.HandDocx.p;
import static io.gongkai.ingest.word.HandDocx.r;
import static io.gongkai.ingest.word.HandDocx.tbl;
import static io.gongkai.ingest.word.HandDocx.tc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.gongkai.ingest.SourceDocument;
import io.gongkai.model.SourceInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hand-written Word files with what real reports contain besides text and plain tables. */
class WordOddCasesTest {
  private static final SourceInfo DOCX = new SourceInfo("hand.docx", "0".repeat(64), "docx");

  private static List<Object> docx(String body) {
    return Shapes.ofBlocks(new DocxReader().read(HandDocx.of(body), DOCX).blocks());
  }

  @Test
  void aReportWithRevisionsFieldsBookmarksAndMergesReadsAsPrinted() {
    SourceDocument doc = new DocxReader().read(HandDocx.of(HandReport.body(true)), DOCX);
    assertThat(Shapes.ofBlocks(doc.blocks())).isEqualTo(HandReport.expected());
    assertThat(Shapes.covered(doc.blocks())).isEqualTo(HandReport.covered());
    assertThat(doc.blocks().toString()).doesNotContain("bookmark", "_GoBack", "NUMPAGES", "隐藏", "5");
  }

  @Test
  void theSameReportSavedAsDocByLibreOfficeReadsTheSame(@TempDir Path dir) throws Exception {
    assumeTrue(Soffice.available(), "soffice is not on the PATH");
    Path docx = Files.write(dir.resolve("hand.docx"), HandDocx.of(HandReport.body(false)));
    Path doc = Soffice.convert(List.of(docx), "doc", dir).get(0);
    SourceDocument read = new DocReader(null).read(Files.readAllBytes(doc),
        new SourceInfo("hand.doc", "0".repeat(64), "doc"));
    assertThat(Shapes.ofBlocks(read.blocks())).isEqualTo(HandReport.expected());
    assertThat(Shapes.covered(read.blocks())).isEqualTo(HandReport.covered());
  }

  @Test
  void textInATextBoxIsKeptOnceAfterItsAnchorParagraph() {
    String box = "<w:txbxContent>" + p("附件：统计表说明") + "</w:txbxContent>";
    String body = "<w:p>" + r("正文") + "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing>"
        + "<wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>" + box + "</wps:txbx></wps:wsp></a:graphicData>"
        + "</a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>" + box
        + "</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>" + p("下一段");
    assertThat(docx(body)).containsExactly("正文", "附件：统计表说明", "下一段");
  }

  @Test
  void aNestedTableIsKeptAsLinesOfItsCell() {
    String nested = tbl(2, "<w:tr>" + tc("甲") + tc("1") + "</w:tr><w:tr>" + tc("乙") + tc("") + "</w:tr>");
    String body = tbl(2, "<w:tr>" + tc("外层") + tc("", p("说明") + nested + "<w:p/>") + "</w:tr>");
    assertThat(docx(body)).containsExactly(List.of(List.of("外层", "说明\n甲\n1\n乙")));
  }

  @Test
  void aRowDeletedWithTrackChangesAndLineBreaksInACell() {
    String body = tbl(2, "<w:tr>" + tc("项目") + tc("", "<w:p>" + r("本年") + "<w:r><w:br/></w:r>" + r("数量")
        + "</w:p>") + "</w:tr><w:tr><w:trPr><w:del w:id=\"1\" w:author=\"a\"/></w:trPr>" + tc("删除") + tc("9")
        + "</w:tr><w:tr>" + tc("规章") + tc("0") + "</w:tr>");
    assertThat(docx(body)).containsExactly(List.of(List.of("项目", "本年\n数量"), List.of("规章", "0")));
  }

  @Test
  void twoTablesSeparatedByAnEmptyParagraphStayTwoGrids() {
    String table = tbl(1, "<w:tr>" + tc("0") + "</w:tr>");
    assertThat(docx(table + "<w:p/>" + table)).hasSize(2);
  }
}
