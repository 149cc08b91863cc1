package io.gongkai.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gongkai.UnreadableInputException;
import io.gongkai.UnsupportedFormatException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextDocumentsTest {
  private static final String SAMPLE = "某县2022年政府信息公开工作年度报告\n一、总体情况\n本年新收申请12件。\n";

  @TempDir Path dir;

  @Test
  void utf8WithBomLosesTheBom() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    TextDocument doc = TextDocuments.of(concat(bom, SAMPLE.getBytes(StandardCharsets.UTF_8)), "a.txt");
    assertThat(doc.text()).isEqualTo(SAMPLE);
  }

  @Test
  void plainUtf8() {
    assertThat(TextDocuments.of(SAMPLE.getBytes(StandardCharsets.UTF_8), "a.txt").text()).isEqualTo(SAMPLE);
  }

  @Test
  void gb18030BytesFallBackToGb18030() {
    byte[] gb = SAMPLE.getBytes(Charset.forName("GB18030"));
    assertThat(TextDocuments.of(gb, "a.txt").text()).isEqualTo(SAMPLE);
  }

  @Test
  void gbkBytesAreReadAsGb18030() {
    byte[] gbk = SAMPLE.getBytes(Charset.forName("GBK"));
    assertThat(TextDocuments.of(gbk, "a.txt").text()).isEqualTo(SAMPLE);
  }

  @Test
  void invalidUtf8AfterValidStartStillFallsBack() {
    // Valid UTF-8 Chinese followed by GB18030 bytes: strict UTF-8 must reject the whole file, not replace with U+FFFD.
    String tail = "结转下年度";
    byte[] bytes = concat("年度报告 ".getBytes(Charset.forName("GB18030")), tail.getBytes(Charset.forName("GB18030")));
    String text = TextDocuments.of(bytes, "a.txt").text();
    assertThat(text).doesNotContain("\uFFFD").endsWith(tail);
  }

  @Test
  void utf16WithBom() {
    byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, SAMPLE.getBytes(StandardCharsets.UTF_16LE));
    assertThat(TextDocuments.of(bytes, "a.txt").text()).isEqualTo(SAMPLE);
  }

  @Test
  void sourceCarriesNameHashAndFormat() throws Exception {
    Path file = dir.resolve("报告.txt");
    Files.writeString(file, SAMPLE);
    TextDocument doc = TextDocuments.read(file);
    assertThat(doc.source().file()).isEqualTo("报告.txt");
    assertThat(doc.source().format()).isEqualTo("text");
    assertThat(doc.source().sha256()).hasSize(64)
        .isEqualTo(TextDocuments.sha256(SAMPLE.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void markdownByNameOrBySyntax() {
    assertThat(TextDocuments.format("r.md", SAMPLE)).isEqualTo("markdown");
    assertThat(TextDocuments.format("r.txt", "# 标题\n正文")).isEqualTo("markdown");
    assertThat(TextDocuments.format("r.txt", "| 规章 | 1 |\n|---|---|\n")).isEqualTo("markdown");
    assertThat(TextDocuments.format("r.txt", SAMPLE + "——————\n")).isEqualTo("text");
  }

  @Test
  void missingFileNamesTheFileAndTheReason() {
    Path file = dir.resolve("不存在.txt");
    assertThatThrownBy(() -> TextDocuments.read(file))
        .isInstanceOf(UnreadableInputException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("no such file");
  }

  @Test
  void pdfIsRefusedByItsFormat() {
    byte[] pdf = "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> TextDocuments.of(pdf, "r.pdf"))
        .isInstanceOf(UnsupportedFormatException.class)
        .hasMessageContaining("r.pdf")
        .hasMessageContaining("pdf");
  }

  @Test
  void binaryIsRefused() {
    assertThatThrownBy(() -> TextDocuments.of(new byte[] {1, 0, 2, 0, 3}, "x.bin"))
        .isInstanceOf(UnreadableInputException.class)
        .hasMessageContaining("x.bin")
        .hasMessageContaining("binary");
  }

  @Test
  void emptyFileIsRefused() throws Exception {
    Path file = Files.createFile(dir.resolve("empty.txt"));
    assertThatThrownBy(() -> TextDocuments.read(file)).hasMessageContaining("empty file");
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
