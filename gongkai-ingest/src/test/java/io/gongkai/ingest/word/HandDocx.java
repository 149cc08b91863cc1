package io.gongkai.ingest.word;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * DOCX files written by hand, XML and all, for the cases a real report's Word file has and POI's writer does not
 * make: a {@code _GoBack} bookmark, tracked revisions, fields, content controls, text boxes, hidden text, a two-line
 * header cell, numbers padded with ideographic spaces or split over runs, {@code gridBefore}, a nested table.
 */
final class HandDocx {
  static final String W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  private HandDocx() {}

  /** A package around {@code body} (the inside of {@code w:body}). */
  static byte[] of(String body) {
    String document = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<w:document xmlns:w=\"" + W_NS + "\""
        + " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
        + " xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\""
        + " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
        + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
        + " xmlns:v=\"urn:schemas-microsoft-com:vml\" mc:Ignorable=\"wps\"><w:body>" + body
        + "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr></w:body></w:document>";
    try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ZipOutputStream zip = new ZipOutputStream(bytes)) {
      put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\""
          + "http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\""
          + "application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\""
          + "application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/"
          + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
      put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
          + "http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\""
          + "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\""
          + "word/document.xml\"/></Relationships>");
      put(zip, "word/document.xml", document);
      zip.finish();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void put(ZipOutputStream zip, String name, String xml) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(xml.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  /** A paragraph of one run. */
  static String p(String text) {
    return "<w:p>" + r(text) + "</w:p>";
  }

  /** A run. */
  static String r(String text) {
    return "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
  }

  /** A cell holding {@code content} (paragraphs), with optional properties. */
  static String tc(String props, String content) {
    return "<w:tc><w:tcPr><w:tcW w:w=\"1200\" w:type=\"dxa\"/>" + props + "</w:tcPr>" + content + "</w:tc>";
  }

  /** A cell of one paragraph of one run. */
  static String tc(String text) {
    return tc("", p(text));
  }

  /** A table of {@code columns} grid columns of 1200 twips. */
  static String tbl(int columns, String rows) {
    return "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid>"
        + "<w:gridCol w:w=\"1200\"/>".repeat(columns) + "</w:tblGrid>" + rows + "</w:tbl>";
  }
}
