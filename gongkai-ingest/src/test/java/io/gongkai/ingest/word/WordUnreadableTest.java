package io.gongkai.ingest.word;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.gongkai.UnreadableInputException;
import io.gongkai.model.SourceInfo;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Damaged, encrypted and foreign files give an {@link UnreadableInputException} naming the file and the reason. */
class WordUnreadableTest {
  private static final SourceInfo DOCX = new SourceInfo("坏.docx", "0".repeat(64), "docx");
  private static final SourceInfo DOC = new SourceInfo("坏.doc", "0".repeat(64), "doc");
  private static final byte[] REPORT = HandDocx.of(HandReport.body(false));

  @Test
  void aTruncatedDocxIsDamaged() {
    byte[] truncated = Arrays.copyOf(REPORT, REPORT.length / 2);
    assertThatThrownBy(() -> new DocxReader().read(truncated, DOCX)).isInstanceOf(UnreadableInputException.class)
        .hasMessageStartingWith("坏.docx: ").hasMessageContaining("损坏").hasMessageContaining("damaged");
  }

  @Test
  void textIsNotADocx() {
    byte[] text = "政府信息公开工作年度报告".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> new DocxReader().read(text, DOCX)).isInstanceOf(UnreadableInputException.class)
        .hasMessageContaining("not a valid DOCX");
  }

  @Test
  void aZipWithoutAWordDocumentIsNotAWordDocument() throws Exception {
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(zip)) {
      z.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
      z.write("x".getBytes(StandardCharsets.UTF_8));
    }
    assertThatThrownBy(() -> new DocxReader().read(zip.toByteArray(), DOCX))
        .isInstanceOf(UnreadableInputException.class).hasMessageContaining("坏.docx");
  }

  @Test
  void anEncryptedDocxIsSaidToBeEncrypted() throws Exception {
    POIFSFileSystem fs = new POIFSFileSystem();
    Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
    encryptor.confirmPassword("secret");
    try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(REPORT));
        OutputStream os = encryptor.getDataStream(fs)) {
      opc.save(os);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    fs.writeFilesystem(out);
    assertThatThrownBy(() -> new DocxReader().read(out.toByteArray(), DOCX))
        .isInstanceOf(UnreadableInputException.class).hasMessageContaining("加密").hasMessageContaining("encrypted");
  }

  @Test
  void anEncryptedDocIsSaidToBeEncrypted() throws Exception {
    byte[] plain = Files.readAllBytes(WordGoldenTest.FOLDER.resolve("synthetic.doc"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Biff8EncryptionKey.setCurrentUserPassword("secret");
    try (HWPFDocument doc = new HWPFDocument(new ByteArrayInputStream(plain))) {
      doc.write(out);
    } finally {
      Biff8EncryptionKey.setCurrentUserPassword(null);
    }
    assertThatThrownBy(() -> new DocReader(null).read(out.toByteArray(), DOC))
        .isInstanceOf(UnreadableInputException.class).hasMessageContaining("加密").hasMessageContaining("encrypted");
  }

  @Test
  void withoutLibreOfficeAFileHwpfCannotReadNamesTheFallback() {
    byte[] junk = "{\\rtf1 not really}".getBytes(StandardCharsets.US_ASCII);
    assertThatThrownBy(() -> new DocReader("").read(junk, DOC)).isInstanceOf(UnreadableInputException.class)
        .hasMessageStartingWith("坏.doc: ").hasMessageContaining("libreoffice-writer-nogui")
        .hasMessageContaining("POI: ");
  }

  @Test
  void withLibreOfficeAFileHwpfCannotReadIsConverted(@TempDir Path dir) throws Exception {
    assumeTrue(Soffice.available(), "soffice is not on the PATH");
    // RTF saved under a .doc name is common on government sites; HWPF refuses it, LibreOffice reads it.
    Path docx = Files.write(dir.resolve("hand.docx"), REPORT);
    Path rtf = Soffice.convert(List.of(docx), "rtf", dir).get(0);
    var doc = new DocReader().read(Files.readAllBytes(rtf), DOC);
    assertThat(Shapes.ofBlocks(doc.blocks())).isEqualTo(HandReport.expected());
    assertThat(doc.source()).isEqualTo(DOC);
    try (var left = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("gongkai-soffice-")
          && !n.startsWith("gongkai-soffice-test-"));
    }
  }

  /** LibreOffice imports anything as plain text; a damaged file must not come back as paragraphs of garbage. */
  @Test
  void aDamagedFileIsNotHandedToLibreOffice() throws Exception {
    byte[] header = new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1, 1, 2, 3, 4, 5, 6, 7};
    ByteArrayOutputStream noWordStream = new ByteArrayOutputStream();
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      fs.createDocument(new ByteArrayInputStream(new byte[600]), "Workbook");
      fs.writeFilesystem(noWordStream);
    }
    for (byte[] junk : List.of(header, noWordStream.toByteArray(), new byte[] {1, 2, 3})) {
      assertThatThrownBy(() -> new DocReader().read(junk, DOC)).isInstanceOf(UnreadableInputException.class)
          .hasMessageContaining("damaged").hasMessageContaining("POI: ");
    }
  }

  @Test
  void withLibreOfficeAWordLikeFileItCannotConvertIsUnreadableAndSaysWhy() {
    assumeTrue(Soffice.available(), "soffice is not on the PATH");
    byte[] rtf = "{\\rtf1 \\bogus{".getBytes(StandardCharsets.US_ASCII);
    assertThatThrownBy(() -> new DocReader().read(rtf, DOC)).isInstanceOf(UnreadableInputException.class)
        .hasMessageContaining("POI: ").hasMessageContaining("LibreOffice: ");
  }
}
