package io.gongkai.ingest.ocr;

import io.gongkai.testing.Layout;
import io.gongkai.testing.ReportGenerator;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Timings, not a check: seconds per page at 200 and 300 dpi, and one cell read in-process (tess4j) against the
 * {@code tesseract} command. Run with {@code -Docr.speed=true}.
 */
@EnabledIfSystemProperty(named = "ocr.speed", matches = "true")
class OcrSpeed {
  @Test
  void pages() {
    var parts = Layout.parts(new ReportGenerator(31).next(ReportGenerator.Blanks.MARKS));
    try (ScanPageReader reader = ScanPageReader.open("speed")) {
      for (int dpi : new int[] {200, 300}) {
        List<ScanPages.Page> pages = ScanPages.render(parts, dpi);
        for (int i = 0; i < pages.size(); i++) {
          var scan = Degrade.scanned(pages.get(i).image(), 1.0, i);
          long t0 = System.nanoTime();
          long prep = 0;
          var blocks = reader.read(scan, i + 1, 1.0);
          double s = (System.nanoTime() - t0) / 1e9;
          long t1 = System.nanoTime();
          Lattice.find(PreparedPage.of(scan).bits());
          prep = System.nanoTime() - t1;
          System.out.printf("%d dpi page %d: %.2f s (%d blocks, %d tables; binarise+deskew+lattice %.2f s)%n", dpi,
              i + 1, s, blocks.size(), pages.get(i).tables().size(), prep / 1e9);
        }
      }
    }
  }

  @Test
  void cellInProcessAgainstCommand() throws Exception {
    var page = ScanPages.render(Layout.parts(new ReportGenerator(31).next(ReportGenerator.Blanks.MARKS)), 200).get(1);
    PreparedPage p = PreparedPage.of(page.image());
    TableGeometry t = Lattice.find(p.bits()).get(0);
    int r = t.rows() - 1;
    Bitmap cell = p.bits().crop(t.xs().get(3) + 4, t.ys().get(r) + 4, t.xs().get(4) - 4, t.ys().get(r + 1) - 4);
    int[] b = Ink.bounds(cell);
    var image = cell.crop(b[0], b[1], b[2], b[3]).toImage(12);
    Path png = Files.createTempFile("cell", ".png");
    ImageIO.write(image, "png", png.toFile());
    try (TessEngine engine = TessEngine.open("speed", TessEngine.DEBIAN_TESSDATA)) {
      engine.resolution(200);
      int n = 200;
      long t0 = System.nanoTime();
      for (int i = 0; i < n; i++) {
        engine.read(image, 7, "");
      }
      System.out.printf("tess4j in-process, one cell: %.1f ms%n", (System.nanoTime() - t0) / 1e6 / n);
    }
    int n = 20;
    long t0 = System.nanoTime();
    for (int i = 0; i < n; i++) {
      Process proc = new ProcessBuilder("tesseract", png.toString(), "-", "-l", "chi_sim", "--psm", "7", "tsv")
          .redirectError(ProcessBuilder.Redirect.DISCARD).redirectOutput(new File("/dev/null")).start();
      proc.waitFor(30, TimeUnit.SECONDS);
    }
    System.out.printf("tesseract command, one cell: %.1f ms%n", (System.nanoTime() - t0) / 1e6 / n);
    Files.delete(png);
  }
}
