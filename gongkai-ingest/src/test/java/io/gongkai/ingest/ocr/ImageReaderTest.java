package io.gongkai.ingest.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gongkai.UnreadableInputException;
import io.gongkai.ingest.Grid;
import io.gongkai.ingest.Paragraph;
import io.gongkai.ingest.SourceDocument;
import io.gongkai.model.SourceInfo;
import io.gongkai.testing.Layout;
import io.gongkai.testing.ReportGenerator;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Image files of every supported kind become documents; missing Tesseract data is reported with what to install. */
class ImageReaderTest {
  private static final List<ScanPages.Page> PAGES =
      ScanPages.render(Layout.parts(new ReportGenerator(21).next(ReportGenerator.Blanks.MARKS)), 200);

  @Test
  void png() throws IOException {
    ScanPages.Page page = PAGES.get(0);
    SourceDocument doc = read(encode(page.image(), "png"), "report.png");
    List<Paragraph> paragraphs = doc.blocks().stream().filter(Paragraph.class::isInstance)
        .map(Paragraph.class::cast).toList();
    assertThat(paragraphs).isNotEmpty();
    assertThat(paragraphs.get(0).text()).contains("政府信息公开工作年度报告");
    assertThat(paragraphs.get(0).location().page()).isEqualTo(1);
    assertThat(paragraphs.get(0).location().box().y()).isBetween(140.0, 200.0);
    assertThat(grids(doc)).hasSize(page.tables().size());
  }

  @Test
  void jpeg() {
    ScanPages.Page page = PAGES.get(1);
    SourceDocument doc = read(Degrade.jpeg(page.image(), 0.6f), "report.jpg");
    List<Grid> grids = grids(doc);
    assertThat(grids).hasSize(page.tables().size());
    var printed = page.tables().get(0);
    assertThat(grids.get(0).rows()).hasSize(printed.rows().size());
    assertThat(grids.get(0).location().box().x()).isCloseTo(printed.x(), org.assertj.core.data.Offset.offset(4.0));
  }

  @Test
  void multiPageTiff() throws IOException {
    byte[] tiff = tiff(PAGES.get(0).image(), PAGES.get(1).image());
    SourceDocument doc = read(tiff, "report.tif");
    assertThat(doc.blocks()).extracting(b -> b.location().page()).contains(1, 2).allMatch(p -> p == 1 || p == 2);
    assertThat(grids(doc)).hasSize(PAGES.get(0).tables().size() + PAGES.get(1).tables().size());
  }

  @Test
  void missingChineseDataNamesThePackages(@TempDir Path empty) throws IOException {
    Files.copy(TessEngine.DEBIAN_TESSDATA.resolve("eng.traineddata"), empty.resolve("eng.traineddata"));
    byte[] png = encode(PAGES.get(0).image(), "png");
    assertThatThrownBy(() -> new ImageReader(empty).read(png, new SourceInfo("scan.png", "x", "image")))
        .isInstanceOf(UnreadableInputException.class)
        .hasMessageContaining("scan.png")
        .hasMessageContaining("chi_sim.traineddata")
        .hasMessageContaining("tesseract-ocr tesseract-ocr-chi-sim tesseract-ocr-chi-tra")
        .hasMessageContaining("请安装");
  }

  @Test
  void notAnImage() {
    assertThatThrownBy(() -> ImageReader.pages("hello".getBytes(), "x.png"))
        .isInstanceOf(UnreadableInputException.class).hasMessageContaining("x.png");
  }

  private static SourceDocument read(byte[] bytes, String name) {
    return new ImageReader().read(bytes, new SourceInfo(name, "sha", "image"));
  }

  private static List<Grid> grids(SourceDocument doc) {
    return doc.blocks().stream().filter(Grid.class::isInstance).map(Grid.class::cast).toList();
  }

  private static byte[] encode(BufferedImage image, String format) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, format, out);
    return out.toByteArray();
  }

  static byte[] tiff(BufferedImage... pages) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
    try (var out = ImageIO.createImageOutputStream(bytes)) {
      writer.setOutput(out);
      writer.prepareWriteSequence(null);
      for (BufferedImage p : pages) {
        writer.writeToSequence(new IIOImage(p, null, null), null);
      }
      writer.endWriteSequence();
    }
    writer.dispose();
    return bytes.toByteArray();
  }

}
