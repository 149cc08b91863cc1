package io.gongkai.ingest.pdf;

import io.gongkai.testing.Layout;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Prints a synthetic report's parts as a PDF, the way word processors do: wrapped paragraph lines, tables either ruled
 * (merged cells drawn as merged boxes, borders drawn cell by cell) or aligned in columns without rulings, tables
 * broken over pages (optionally repeating the header), a page number at the foot of each page. It also says what a
 * reader must give back: one paragraph per printed line and each table's cell texts with line breaks where they wrap.
 */
public final class PdfFixture {
  static final String FONT = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc";
  private static final double MARGIN = 50;
  private static final double TEXT = 10.5;
  private static final double CELL = 8;
  private static TrueTypeFont ttf;

  public enum Tables { RULED, ALIGNED }

  /** The PDF and the expected blocks: a String per paragraph line, a {@code List<List<String>>} per table. */
  public record Rendered(byte[] pdf, List<Object> expected) {}

  private final PDDocument doc = new PDDocument();
  private final PDFont font;
  private final Tables mode;
  private final double height;
  private final boolean repeatHeader;
  /** Tables without rulings get a landscape page: wrapped labels in narrow columns are ambiguous without borders. */
  private final float pageWidth;
  private final List<Object> expected = new ArrayList<>();
  private PDPageContentStream out;
  private double y;
  private int pages;

  private PdfFixture(Tables mode, double height, boolean repeatHeader) throws IOException {
    this.font = PDType0Font.load(doc, font(), true);
    this.mode = mode;
    this.height = height;
    this.repeatHeader = repeatHeader;
    this.pageWidth = mode == Tables.RULED ? PDRectangle.A4.getWidth() : PDRectangle.A4.getHeight();
  }

  static synchronized TrueTypeFont font() throws IOException {
    if (ttf == null) {
      // The Debian package fonts-wqy-zenhei (.ci/run installs it); without it the PDF fixtures cannot be drawn.
      org.junit.jupiter.api.Assumptions.assumeTrue(new File(FONT).isFile(), FONT + " absent: PDF fixture tests skipped");
      List<TrueTypeFont> fonts = new ArrayList<>();
      new TrueTypeCollection(new File(FONT)).processAllFonts(fonts::add);
      ttf = fonts.get(0);
    }
    return ttf;
  }

  public static Rendered render(List<Layout.Part> parts, Tables mode, double pageHeight, boolean repeatHeader) {
    try {
      PdfFixture f = new PdfFixture(mode, pageHeight, repeatHeader);
      f.newPage();
      for (Layout.Part p : parts) {
        if (p instanceof Layout.Text t) {
          f.paragraph(t.text());
        } else {
          f.table(((Layout.Table) p).rows());
        }
      }
      f.endPage();
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      f.doc.save(bytes);
      f.doc.close();
      return new Rendered(bytes.toByteArray(), f.expected);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private double width() {
    return pageWidth - 2 * MARGIN;
  }

  private void newPage() throws IOException {
    PDPage page = new PDPage(new PDRectangle(pageWidth, (float) height));
    doc.addPage(page);
    out = new PDPageContentStream(doc, page);
    y = MARGIN;
    pages++;
  }

  private void endPage() throws IOException {
    String mark = "- " + pages + " -";
    show(mark, pageWidth / 2 - 12, height - 25, TEXT);
    expected.add(mark);
    out.close();
  }

  private void ensure(double needed) throws IOException {
    if (y + needed > height - MARGIN) {
      endPage();
      newPage();
    }
  }

  private void paragraph(String text) throws IOException {
    for (String line : FixtureTable.wrap(font, TEXT, text, width())) {
      ensure(18);
      show(line.strip(), MARGIN, y + TEXT, TEXT);
      expected.add(line.strip());
      y += 18;
    }
  }

  /** Shows text with its baseline at {@code baseline}, measured from the top of the page. */
  void show(String text, double x, double baseline, double size) throws IOException {
    out.beginText();
    out.setFont(font, (float) size);
    out.newLineAtOffset((float) x, (float) (height - baseline));
    out.showText(text);
    out.endText();
  }

  void line(double x0, double y0, double x1, double y1) throws IOException {
    out.moveTo((float) x0, (float) (height - y0));
    out.lineTo((float) x1, (float) (height - y1));
    out.stroke();
  }

  private void table(List<List<String>> rows) throws IOException {
    boolean ruled = mode == Tables.RULED;
    double gap = ruled ? 0 : 2.2 * CELL;
    FixtureTable t = new FixtureTable(rows, font, CELL, width() + 40 - gap * (rows.get(0).size() - 1),
        ruled ? 6 : 0);
    y += 10;
    FixtureTablePrinter printer = new FixtureTablePrinter(this, t, ruled, gap, MARGIN);
    double[] heights = printer.rowHeights();
    double header = 0;
    for (int r = 0; r < t.headerRows; r++) {
      header += heights[r];
    }
    ensure(header + 3 * heights[heights.length - 1]);
    expected.add(expectedTexts(t));
    int from = 0;
    while (from < rows.size()) {
      int to = from;
      boolean repeat = from > 0 && repeatHeader && t.headerRows > 0;
      double bottom = y + (repeat ? header : 0);
      while (to < rows.size() && (to == from || bottom + heights[to] <= height - MARGIN)) {
        bottom += heights[to++];
      }
      if (repeat) {
        y = printer.print(0, t.headerRows, y);
      }
      y = printer.print(from, to, y);
      from = to;
      if (from < rows.size()) {
        endPage();
        newPage();
      }
    }
    y += 14;
  }

  private static List<List<String>> expectedTexts(FixtureTable t) {
    List<List<String>> texts = new ArrayList<>();
    for (int r = 0; r < t.rows.size(); r++) {
      List<String> row = new ArrayList<>();
      for (int c = 0; c < t.cols(); c++) {
        row.add(t.anchor(r, c) ? t.printed[r][c] : "");
      }
      texts.add(row);
    }
    return texts;
  }
}
