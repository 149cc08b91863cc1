package io.gongkai.ingest.ocr;

import io.gongkai.testing.Layout;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints a synthetic report's layout on A4 page images as a scanner would see it: paragraphs as lines of text, tables
 * with drawn rules and merged cells as merged boxes. Each page remembers what was printed on it.
 */
final class ScanPages {
  /** A page and what is printed on it. */
  record Page(BufferedImage image, List<Printed> tables, List<String> lines) {}

  /** A table as printed: the slot texts (covered slots empty), its cells and where it is on the page. */
  record Printed(List<List<String>> rows, List<TableGeometry.Span> spans, int x, int y, int width, int height) {}

  private final int dpi;
  private final int pageW;
  private final int pageH;
  private final int margin;
  private final Font body;
  private final Font small;
  private final List<Page> pages = new ArrayList<>();
  private Graphics2D g;
  private BufferedImage image;
  private List<Printed> tables;
  private List<String> lines;
  private int y;

  private ScanPages(int dpi) {
    this.dpi = dpi;
    this.pageW = (int) Math.round(8.27 * dpi);
    this.pageH = (int) Math.round(11.69 * dpi);
    this.margin = dpi;
    this.body = new Font("WenQuanYi Zen Hei", Font.PLAIN, (int) Math.round(10.5 * dpi / 72));
    this.small = new Font("WenQuanYi Zen Hei", Font.PLAIN, (int) Math.round(9.0 * dpi / 72));
  }

  static List<Page> render(List<Layout.Part> parts, int dpi) {
    ScanPages p = new ScanPages(dpi);
    p.newPage();
    for (Layout.Part part : parts) {
      if (part instanceof Layout.Text t) {
        p.paragraph(t.text());
      } else if (part instanceof Layout.Table t) {
        p.table(t.rows());
      }
    }
    p.finish();
    return p.pages;
  }

  private void newPage() {
    if (g != null) {
      finish();
    }
    image = new BufferedImage(pageW, pageH, BufferedImage.TYPE_BYTE_GRAY);
    g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, pageW, pageH);
    g.setColor(Color.BLACK);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    tables = new ArrayList<>();
    lines = new ArrayList<>();
    y = (int) Math.round(0.8 * dpi);
  }

  private void finish() {
    g.dispose();
    pages.add(new Page(image, tables, lines));
    g = null;
  }

  private void paragraph(String text) {
    g.setFont(body);
    FontMetrics fm = g.getFontMetrics();
    int lineH = (int) Math.round(fm.getHeight() * 1.5);
    int room = pageW - 2 * margin;
    int start = 0;
    while (start < text.length()) {
      int end = start + 1;
      while (end < text.length() && fm.stringWidth(text.substring(start, end + 1)) <= room) {
        end++;
      }
      if (y + lineH > pageH - margin) {
        newPage();
        g.setFont(body);
      }
      String line = text.substring(start, end);
      g.drawString(line, margin, y + fm.getAscent());
      lines.add(line);
      y += lineH;
      start = end;
    }
  }

  private void table(List<List<String>> rows) {
    g.setFont(small);
    int pad = Math.max(4, dpi / 30);
    TableDrawing t = new TableDrawing(rows, g.getFontMetrics(), pageW - 2 * margin, pad);
    if (y + t.height() > pageH - margin) {
      newPage();
      g.setFont(small);
    }
    if (y + t.height() > pageH - margin) {
      throw new IllegalStateException("table taller than a page: " + t.height());
    }
    draw(t, margin, y);
    tables.add(new Printed(slots(t), t.spans, margin, y, t.colX[t.colX.length - 1], t.height()));
    y += t.height() + dpi / 4;
  }

  private void draw(TableDrawing t, int x0, int y0) {
    FontMetrics fm = g.getFontMetrics();
    g.setStroke(new BasicStroke(Math.max(2, dpi / 100f)));
    for (TableGeometry.Span s : t.spans) {
      int x = x0 + t.colX[s.column()];
      int yy = y0 + t.rowY[s.row()];
      int w = t.width(s);
      int h = t.rowY[s.row() + s.rowSpan()] - t.rowY[s.row()];
      g.drawRect(x, yy, w, h);
      List<String> ls = t.lines(s);
      int top = yy + (h - ls.size() * t.lineHeight) / 2;
      for (int i = 0; i < ls.size(); i++) {
        int lw = fm.stringWidth(ls.get(i));
        g.drawString(ls.get(i), x + (w - lw) / 2, top + i * t.lineHeight + fm.getAscent() + 1);
      }
    }
  }

  /** The slot texts as the reader should return them: wrapped lines joined by \n, covered slots empty. */
  private static List<List<String>> slots(TableDrawing t) {
    List<List<String>> out = new ArrayList<>();
    for (List<String> row : t.rows) {
      out.add(new ArrayList<>(java.util.Collections.nCopies(row.size(), "")));
    }
    for (TableGeometry.Span s : t.spans) {
      out.get(s.row()).set(s.column(), String.join("\n", t.lines(s)));
    }
    return out;
  }
}
