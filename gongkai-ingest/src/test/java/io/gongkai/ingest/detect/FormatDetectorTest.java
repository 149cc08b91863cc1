package io.gongkai.ingest.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.gongkai.UnreadableInputException;
import io.gongkai.UnsupportedFormatException;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Formats told from the bytes of fixtures made here, each also under a misleading name. */
class FormatDetectorTest {
  private static final String[] MISLEADING = {"report.txt", "report.pdf", "report.bin", "报告"};

  @TempDir static Path dir;
  private static byte[] docx;

  @BeforeAll
  static void makeDocx() throws IOException {
    docx = Fixtures.docx();
  }

  private static void assertFormat(byte[] bytes, String name, String expected) {
    assertThat(FormatDetector.detect(bytes, name)).as(name).isEqualTo(expected);
    for (String wrong : MISLEADING) {
      if (!expected.equals("markdown")) {
        assertThat(FormatDetector.detect(bytes, wrong)).as(wrong).isEqualTo(expected);
      }
    }
  }

  @Test
  void pdf() throws IOException {
    assertFormat(Fixtures.pdf(), "a.pdf", "pdf");
  }

  @Test
  void docxAndRenamedDocx() {
    assertFormat(docx, "a.docx", "docx");
  }

  @Test
  void xlsxIsRefusedByName() throws IOException {
    byte[] xlsx = Fixtures.xlsx();
    assertThatThrownBy(() -> FormatDetector.detect(xlsx, "a.docx")).isInstanceOf(UnsupportedFormatException.class)
        .satisfies(e -> assertThat(((UnsupportedFormatException) e).format()).isEqualTo("xlsx"))
        .hasMessageContaining("a.docx");
    byte[] xls = Fixtures.xls();
    assertThatThrownBy(() -> FormatDetector.detect(xls, "a.doc"))
        .satisfies(e -> assertThat(((UnsupportedFormatException) e).format()).isEqualTo("xls"));
  }

  @Test
  void docMadeByLibreOffice() throws Exception {
    Path in = dir.resolve("lo.docx");
    Files.write(in, docx);
    Process p;
    try {
      p = new ProcessBuilder("soffice", "--headless", "--convert-to", "doc", "--outdir", dir.toString(),
          in.toString()).redirectErrorStream(true).start();
    } catch (IOException e) {
      assumeTrue(false, "soffice not installed");
      return;
    }
    assumeTrue(p.waitFor(120, TimeUnit.SECONDS), "soffice too slow");
    Path doc = dir.resolve("lo.doc");
    assumeTrue(Files.exists(doc), "soffice made no .doc");
    assertFormat(Files.readAllBytes(doc), "a.doc", "doc");
    assertFormat(Files.readAllBytes(doc), "a.wps", "doc");
  }

  @ParameterizedTest
  @ValueSource(strings = {"png", "jpeg", "tiff", "gif", "bmp"})
  void images(String type) throws IOException {
    assertFormat(Fixtures.image(type), "a." + type, "image");
  }

  @Test
  void htmlWithAndWithoutDoctype() {
    assertFormat(bytes("<!DOCTYPE html>\n<html><body><p>年度报告</p></body></html>"), "a.html", "html");
    assertFormat(bytes("\uFEFF  <!-- saved --> \n<HTML><p>年度报告</p></HTML>"), "a.htm", "html");
    assertFormat(bytes("<?xml version=\"1.0\"?><html><body></body></html>"), "a.xhtml", "html");
    assertFormat(bytes("<p style='text-align:center'>年度报告</p><table><tr><td>1</td></tr></table>"), "a.html",
        "html");
    assertFormat("<meta charset=gbk><div>年度报告</div>".getBytes(Charset.forName("GBK")), "a", "html");
    assertFormat("<html><p>年度报告</p></html>".getBytes(StandardCharsets.UTF_16LE), "a", "html");
  }

  @Test
  void fragmentInAMarkdownFileStaysMarkdown() {
    assertThat(FormatDetector.detect(bytes("<div align=center>报告</div>\n\n正文"), "a.md")).isEqualTo("markdown");
  }

  @Test
  void textAndMarkdown() {
    assertFormat(TextDecoderTest.SIMPLIFIED.getBytes(Charset.forName("GBK")), "a.txt", "text");
    assertThat(FormatDetector.detect(bytes("# 年度报告\n\n正文"), "a.txt")).isEqualTo("markdown");
    assertThat(FormatDetector.detect(bytes("年度报告\n正文"), "a.md")).isEqualTo("markdown");
    assertThat(FormatDetector.detect(bytes("年度报告\n正文"), "a.html")).isEqualTo("text");
  }

  @Test
  void unknownBinaryAndEmptyAreUnreadable() {
    byte[] binary = {0x13, 0x00, 0x7F, (byte) 0x90, 0x00, 0x00, 0x11, 0x22, 0x00, (byte) 0xFE, 0x01, 0x00};
    assertThatThrownBy(() -> FormatDetector.detect(binary, "x.txt")).isInstanceOf(UnreadableInputException.class)
        .isNotInstanceOf(UnsupportedFormatException.class).hasMessageContaining("x.txt")
        .hasMessageContaining("binary");
    assertThatThrownBy(() -> FormatDetector.detect(new byte[0], "e.txt")).hasMessageContaining("e.txt");
  }

  @Test
  void damagedContainersAreUnreadable() {
    byte[] zip = {0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17};
    assertThatThrownBy(() -> FormatDetector.detect(zip, "z.docx")).isInstanceOf(UnreadableInputException.class)
        .hasMessageContaining("z.docx");
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
