package io.gongkai.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gongkai.UnreadableInputException;
import io.gongkai.ingest.Block;
import io.gongkai.model.Box;
import io.gongkai.ingest.Location;
import io.gongkai.ingest.Paragraph;
import io.gongkai.model.SourceInfo;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.Test;

/** Pages that need OCR, encrypted and damaged files. */
class PdfReaderFailuresTest {
  private static final SourceInfo SOURCE = new SourceInfo("report.pdf", "-", "pdf");

  @Test
  void garbledTextIsToldFromText() {
    assertThat(Garble.isGarbled("洪泽区人民政府2023年政府信息公开工作年度报告")).isFalse();
    assertThat(Garble.isGarbled("\uFFFD\uFFFD\uFFFD年\uFFFD\uFFFD")).isTrue();
    assertThat(Garble.isGarbled("\uE001\uE002\uE003\uE004 abc")).isTrue();
    assertThat(Garble.isGarbled("\u0001\u0002\u0003\u0004\u0005")).isTrue();
    // A few symbol-font bullets in private use do not make a page unreadable.
    assertThat(Garble.isGarbled("\uF06C一、总体情况。本年度公开工作稳步推进，各项制度落实到位。")).isFalse();
    assertThat(Garble.isGarbled("报告", 8, 10)).isTrue();
    assertThat(Garble.isGarbled("")).isFalse();
  }

  @Test
  void aScanWithoutOcrIsUnreadableNamingThePage() throws IOException {
    byte[] pdf = scan();
    assertThatThrownBy(() -> new PdfReader().read(pdf, SOURCE)).isInstanceOf(UnreadableInputException.class)
        .hasMessageContaining("report.pdf").hasMessageContaining("第 1 页").hasMessageContaining("page 1")
        .hasMessageContaining("OCR");
  }

  @Test
  void aScanGoesToOcrAndItsBlocksAreSpliced() throws IOException {
    List<String> seen = new ArrayList<>();
    PageOcr ocr = (BufferedImage image, int page, double pointsPerPixel) -> {
      seen.add(image.getWidth() + "x" + image.getHeight() + "@" + page);
      assertThat(pointsPerPixel).isEqualTo(72.0 / 300);
      return List.<Block>of(new Paragraph("识别的文字", Location.of(page, new Box(10, 10, 50, 12))));
    };
    var doc = new PdfReader(ocr).read(scan(), SOURCE);
    assertThat(seen).containsExactly("2550x3299@1");
    assertThat(doc.blocks()).extracting(b -> ((Paragraph) b).text()).containsExactly("识别的文字");
  }

  @Test
  void textInAFontWithoutUnicodeMapNeedsOcr() throws IOException {
    byte[] pdf = withoutToUnicode();
    assertThatThrownBy(() -> new PdfReader().read(pdf, SOURCE)).isInstanceOf(UnreadableInputException.class)
        .hasMessageContaining("page 1").hasMessageContaining("OCR");
  }

  @Test
  void encryptedPdfIsUnreadable() throws IOException {
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage());
      doc.protect(new StandardProtectionPolicy("owner", "user", new AccessPermission()));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      assertThatThrownBy(() -> new PdfReader().read(out.toByteArray(), SOURCE))
          .isInstanceOf(UnreadableInputException.class).hasMessageContaining("已加密").hasMessageContaining("encrypted");
    }
  }

  @Test
  void damagedPdfIsUnreadable() {
    byte[] bytes = "%PDF-1.7\nthis is not really a PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    assertThatThrownBy(() -> new PdfReader().read(bytes, SOURCE)).isInstanceOf(UnreadableInputException.class)
        .hasMessageContaining("report.pdf").hasMessageContaining("damaged");
  }

  /** One A4 page holding only an image, as a scanner makes. */
  private static byte[] scan() throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      BufferedImage image = new BufferedImage(200, 280, BufferedImage.TYPE_BYTE_GRAY);
      try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
        out.drawImage(LosslessFactory.createFromImage(doc, image), 0, 0, 612, 792);
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      doc.save(bytes);
      return bytes.toByteArray();
    }
  }

  /** A page of Chinese text whose embedded font has had its ToUnicode map removed. */
  private static byte[] withoutToUnicode() throws IOException {
    ByteArrayOutputStream first = new ByteArrayOutputStream();
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      PDType0Font font = PDType0Font.load(doc, PdfFixture.font(), true);
      try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
        out.beginText();
        out.setFont(font, 12);
        out.newLineAtOffset(72, 700);
        out.showText("政府信息公开工作年度报告");
        out.endText();
      }
      doc.save(first);
    }
    try (PDDocument doc = Loader.loadPDF(first.toByteArray())) {
      for (COSName name : doc.getPage(0).getResources().getFontNames()) {
        doc.getPage(0).getResources().getFont(name).getCOSObject().removeItem(COSName.TO_UNICODE);
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      doc.save(bytes);
      return bytes.toByteArray();
    }
  }
}
