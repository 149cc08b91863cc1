package io.gongkai.ingest.ocr;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines of text outside tables, each read on its own as one line ({@code --psm 7}), which also gives each its
 * box. Table areas are blanked first so that their rules and cells do not become lines.
 */
final class TextLines {
  /** One line of text in straightened pixels. */
  record Line(String text, int x0, int y0, int x1, int y1) {}

  private final TessEngine engine;
  private final PreparedPage page;
  private final List<TableGeometry> tables;

  TextLines(TessEngine engine, PreparedPage page, List<TableGeometry> tables) {
    this.engine = engine;
    this.page = page;
    this.tables = tables;
  }

  List<Line> read() {
    Bitmap rest = page.bits().crop(0, 0, page.bits().width, page.bits().height);
    for (TableGeometry t : tables) {
      int pad = 2 * t.lineThickness() + 2;
      int x0 = Math.max(0, t.xs().get(0) - pad);
      int x1 = Math.min(rest.width, t.xs().get(t.columns()) + pad);
      for (int y = Math.max(0, t.top() - pad); y < Math.min(rest.height, t.ys().get(t.rows()) + pad); y++) {
        java.util.Arrays.fill(rest.ink, y * rest.width + x0, y * rest.width + x1, (byte) 0);
      }
    }
    List<Line> lines = new ArrayList<>();
    for (int[] band : Ink.lines(rest, Math.max(2, rest.width / 600))) {
      Bitmap strip = rest.crop(0, band[0], rest.width, band[1]);
      int[] box = Ink.bounds(strip);
      // A band only a few pixels tall is a rule or a smudge, not a line of text.
      if (box == null || band[1] - band[0] < Math.max(6, rest.width / 250)) {
        continue;
      }
      Bitmap ink = strip.crop(box[0], 0, box[2], strip.height);
      String text = Texts.tidy(engine.read(ink.toImage(12), 7, "").text());
      if (!text.isEmpty()) {
        lines.add(new Line(text, box[0], band[0], box[2], band[1]));
      }
    }
    return lines;
  }
}
