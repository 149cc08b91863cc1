package io.gongkai.ingest.ocr;

import io.gongkai.ingest.Block;
import io.gongkai.ingest.Grid;
import io.gongkai.ingest.GridCell;
import io.gongkai.ingest.Location;
import io.gongkai.ingest.Paragraph;
import io.gongkai.ingest.pdf.PageOcr;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads one scanned page image into blocks: ruled tables as {@link Grid}s whose cells are read one by one, and every
 * line of text outside them as a {@link Paragraph}, in reading order (top to bottom). Boxes are in the image's pixels
 * times {@code unitsPerPixel}, so a PDF page rendered at 300 dpi passes 72/300 and gets PDF points.
 *
 * <p>Holds a Tesseract instance: not thread-safe, use one per thread, and close it when done.
 */
public final class ScanPageReader implements PageOcr, AutoCloseable {
  private final TessEngine engine;
  private final TessEngine latin;
  private final CellReader cells;
  private int speck;

  private ScanPageReader(TessEngine engine, TessEngine latin) {
    this.engine = engine;
    this.latin = latin;
    this.cells = new CellReader(engine, latin);
  }

  /**
   * A reader using Tesseract's Chinese data from {@code $TESSDATA_PREFIX} or else where Debian installs it.
   *
   * @param file the document being read, named in errors
   * @throws io.gongkai.UnreadableInputException when Tesseract or its Chinese data is not installed
   */
  public static ScanPageReader open(String file) {
    String prefix = System.getenv("TESSDATA_PREFIX");
    return open(file, prefix == null || prefix.isBlank() ? TessEngine.DEBIAN_TESSDATA : Path.of(prefix));
  }

  /**
   * As {@link #open(String)}, with the language data taken from {@code tessdata}. The English model, which Debian's
   * tesseract-ocr package always brings, gives second opinions on numbers; without it fewer cells are certain.
   */
  public static ScanPageReader open(String file, Path tessdata) {
    TessEngine chinese = TessEngine.open(file, tessdata, TessEngine.LANGUAGE);
    if (!Files.isRegularFile(tessdata.resolve(TessEngine.DIGITS_LANGUAGE + ".traineddata"))) {
      return new ScanPageReader(chinese, null);
    }
    try {
      return new ScanPageReader(chinese, TessEngine.open(file, tessdata, TessEngine.DIGITS_LANGUAGE));
    } catch (RuntimeException e) {
      chinese.close();
      throw e;
    }
  }

  /**
   * Reads a page.
   *
   * @param page the page image
   * @param pageNumber 1-based, for the locations
   * @param unitsPerPixel the size of a pixel in the units the boxes should have: 1 for pixels, 72/dpi for PDF points
   */
  @Override
  public List<Block> read(BufferedImage page, int pageNumber, double unitsPerPixel) {
    PreparedPage prepared = PreparedPage.of(page);
    int dpi = dpi(page, unitsPerPixel);
    // Noise specks grow with resolution; a printed hyphen at 9 pt stays larger than this.
    speck = Math.max(4, dpi * dpi / 5000);
    engine.resolution(dpi);
    if (latin != null) {
      latin.resolution(dpi);
    }
    List<TableGeometry> tables = Lattice.find(prepared.bits());
    List<Placed> placed = new ArrayList<>();
    for (TableGeometry t : tables) {
      placed.add(new Placed(t.top(), grid(prepared, t, pageNumber, unitsPerPixel)));
    }
    TextLines lines = new TextLines(engine, prepared, tables);
    for (TextLines.Line line : lines.read()) {
      Location at = Location.of(pageNumber, prepared.box(line.x0(), line.y0(), line.x1(), line.y1(), unitsPerPixel));
      placed.add(new Placed(line.y0(), new Paragraph(line.text(), at)));
    }
    placed.sort(Comparator.comparingInt(Placed::y));
    return placed.stream().map(Placed::block).toList();
  }

  /** PDF pages say their resolution; for images assume an A4 page, which is what reports are printed on. */
  private static int dpi(BufferedImage page, double unitsPerPixel) {
    if (unitsPerPixel != 1.0) {
      return (int) Math.round(72 / unitsPerPixel);
    }
    return (int) Math.round(Math.min(page.getWidth(), page.getHeight()) / 8.27);
  }

  private Grid grid(PreparedPage p, TableGeometry t, int pageNumber, double upp) {
    List<List<GridCell>> rows = new ArrayList<>();
    for (int r = 0; r < t.rows(); r++) {
      List<GridCell> row = new ArrayList<>();
      for (int c = 0; c < t.columns(); c++) {
        row.add(null);
      }
      rows.add(row);
    }
    int inset = t.lineThickness() / 2 + Math.max(2, t.lineThickness());
    for (TableGeometry.Span s : t.cells()) {
      int x0 = t.xs().get(s.column());
      int y0 = t.ys().get(s.row());
      int x1 = t.xs().get(s.column() + s.columnSpan());
      int y1 = t.ys().get(s.row() + s.rowSpan());
      Bitmap inside = p.bits().crop(x0 + inset, y0 + inset, x1 - inset, y1 - inset);
      CellText text = cells.read(inside, inset, speck);
      Location at = Location.of(pageNumber, p.box(x0, y0, x1, y1, upp));
      for (int r = s.row(); r < s.row() + s.rowSpan(); r++) {
        for (int c = s.column(); c < s.column() + s.columnSpan(); c++) {
          rows.get(r).set(c, r == s.row() && c == s.column() ? new GridCell(text.text(), false, text.candidates(), at)
              : GridCell.covered(Location.of(pageNumber, p.box(t.xs().get(c), t.ys().get(r), t.xs().get(c + 1),
                  t.ys().get(r + 1), upp))));
        }
      }
    }
    int last = t.rows();
    Location at = Location.of(pageNumber, p.box(t.xs().get(0), t.ys().get(0), t.xs().get(t.columns()),
        t.ys().get(last), upp));
    return new Grid(rows, at);
  }

  @Override
  public void close() {
    engine.close();
    if (latin != null) {
      latin.close();
    }
  }

  private record Placed(int y, Block block) {}
}
