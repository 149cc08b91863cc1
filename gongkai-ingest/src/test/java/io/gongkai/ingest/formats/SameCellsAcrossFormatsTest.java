package io.gongkai.ingest.formats;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.app.ReportReader;
import io.gongkai.ingest.html.SyntheticHtml;
import io.gongkai.ingest.pdf.PdfFixture;
import io.gongkai.ingest.word.DocxWriter;
import io.gongkai.ingest.word.Soffice;
import io.gongkai.model.Cell;
import io.gongkai.model.Report;
import io.gongkai.model.Status;
import io.gongkai.testing.Layout;
import io.gongkai.testing.Renderer;
import io.gongkai.testing.ReportGenerator;
import io.gongkai.testing.ReportGenerator.Blanks;
import io.gongkai.testing.SyntheticReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One synthetic report written as text, HTML, DOCX, DOC and PDF, each file read through {@link Documents} by the one
 * extractor: every format gives back every cell exactly (values ok, blanks blank), empty cells included for the
 * formats whose tables are grids. The files are named wrongly on purpose: formats are told from the bytes.
 */
class SameCellsAcrossFormatsTest {
  private static final ReportReader READER = new ReportReader(new Documents()::read);

  @TempDir Path dir;

  @Test
  void textHtmlDocxAndPdfGiveTheSameCells() throws Exception {
    for (long seed = 0; seed < 25; seed++) {
      SyntheticReport report = new ReportGenerator(seed).next(seed % 2 == 0 ? Blanks.EMPTY : Blanks.ANY);
      List<Layout.Part> parts = Layout.parts(report);
      List<Path> files = new ArrayList<>();
      files.add(write(seed + "-html.bin", new SyntheticHtml(seed, SyntheticHtml.Style.values()[(int) (seed % 4)])
          .render(parts).html().getBytes(StandardCharsets.UTF_8)));
      files.add(write(seed + "-docx.bin", new DocxWriter(seed).write(parts).bytes()));
      files.add(write(seed + "-pdf.bin", PdfFixture.render(parts, PdfFixture.Tables.RULED, 842, seed % 3 == 0).pdf()));
      for (Path f : files) {
        assertSameCells(report, READER.read(f), f.getFileName().toString());
      }
    }
  }

  @Test
  void textWithBlankMarksGivesTheSameCellsAsTheGrids() throws Exception {
    for (long seed = 100; seed < 125; seed++) {
      SyntheticReport report = new ReportGenerator(seed).next(Blanks.MARKS);
      Path text = write(seed + ".txt", Renderer.TAB_SEPARATED.render(report).getBytes(StandardCharsets.UTF_8));
      Path html = write(seed + ".html", new SyntheticHtml(seed, SyntheticHtml.Style.PLAIN)
          .render(Layout.parts(report)).html().getBytes(StandardCharsets.UTF_8));
      assertSameCells(report, READER.read(text), "text");
      assertSameCells(report, READER.read(html), "html");
    }
  }

  @Test
  void docConvertedByLibreOfficeGivesTheSameCells() throws Exception {
    Assumptions.assumeTrue(Soffice.available(), "soffice not installed");
    List<Path> docx = new ArrayList<>();
    List<SyntheticReport> reports = new ArrayList<>();
    for (long seed = 200; seed < 206; seed++) {
      SyntheticReport report = new ReportGenerator(seed).next(Blanks.EMPTY);
      reports.add(report);
      docx.add(write("r" + seed + ".docx", new DocxWriter(seed, true).write(Layout.parts(report)).bytes()));
    }
    Path out = Files.createDirectories(dir.resolve("doc"));
    List<Path> docs = Soffice.convert(docx, "doc", out);
    for (int i = 0; i < docs.size(); i++) {
      assertSameCells(reports.get(i), READER.read(docs.get(i)), docs.get(i).getFileName().toString());
    }
  }

  private Path write(String name, byte[] bytes) throws Exception {
    return Files.write(dir.resolve(name), bytes);
  }

  static void assertSameCells(SyntheticReport report, Report read, String where) {
    assertThat(read.reading().edition()).as(where + " edition").isEqualTo(report.edition());
    for (Map.Entry<String, String> e : report.expectedValues().entrySet()) {
      Cell cell = read.reading().cell(e.getKey());
      String at = where + " " + e.getKey() + " printed '" + report.printed().get(e.getKey()) + "'";
      if (e.getValue() == null) {
        assertThat(cell.status()).as(at).isEqualTo(Status.BLANK);
      } else {
        assertThat(cell.status()).as(at).isEqualTo(Status.OK);
        assertThat(cell.value()).as(at).isEqualTo(e.getValue());
      }
    }
  }
}
