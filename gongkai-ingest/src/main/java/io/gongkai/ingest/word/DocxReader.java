package io.gongkai.ingest.word;

import io.gongkai.UnreadableInputException;
import io.gongkai.ingest.FormatReader;
import io.gongkai.ingest.SourceDocument;
import io.gongkai.model.SourceInfo;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.XMLHelper;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * Reads DOCX (Office Open XML word processing) files: body paragraphs and tables in document order, see
 * {@link io.gongkai.ingest.word}. The main document part is read with POI's OPC package layer and walked as XML
 * rather than through XWPF's object model, because XWPF's paragraph text keeps deleted revisions and skips text in
 * some wrappers, and because damage in a part the body does not need (styles, numbering, headers, comments) must not
 * stop the body from being read.
 */
public final class DocxReader implements FormatReader {

  @Override
  public SourceDocument read(byte[] bytes, SourceInfo source) {
    FileMagic magic = magic(bytes);
    if (magic == FileMagic.OLE2) {
      if (isEncryptedOoxml(bytes)) {
        throw new UnreadableInputException(source.file(), "文件已加密（设有密码），无法读取 the file is encrypted "
            + "(password-protected) and cannot be read");
      }
      return new DocReader().read(bytes, source); // a .doc saved under a .docx name
    }
    if (magic != FileMagic.OOXML) {
      throw new UnreadableInputException(source.file(), "不是有效的 DOCX 文件（不是 ZIP 包）"
          + " not a valid DOCX file (not a ZIP package)");
    }
    Element body = body(bytes, source.file());
    return new SourceDocument(source, body == null ? java.util.List.of() : DocxBody.blocks(body));
  }

  private static FileMagic magic(byte[] bytes) {
    try (InputStream in = FileMagic.prepareToCheckMagic(new ByteArrayInputStream(bytes))) {
      return FileMagic.valueOf(in);
    } catch (IOException e) {
      return FileMagic.UNKNOWN;
    }
  }

  private static boolean isEncryptedOoxml(byte[] bytes) {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
      return fs.getRoot().hasEntryCaseInsensitive("EncryptedPackage");
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** The {@code w:body} element of the main document part, or null for a document without a body. */
  private static Element body(byte[] bytes, String file) {
    try {
      Document doc = mainDocument(bytes, file);
      return Ooxml.child(doc.getDocumentElement(), "body");
    } catch (InvalidFormatException | IOException | EncryptedDocumentException e) {
      throw new UnreadableInputException(file, "DOCX 文件已损坏，无法打开 damaged DOCX file, cannot be opened: "
          + e.getMessage(), e);
    } catch (SAXException e) {
      throw new UnreadableInputException(file, "DOCX 正文 XML 已损坏 the document XML of the DOCX is damaged: "
          + e.getMessage(), e);
    } catch (UnreadableInputException e) {
      throw e;
    } catch (RuntimeException e) { // POI signals many kinds of damage with unchecked exceptions
      throw new UnreadableInputException(file, "DOCX 文件已损坏，无法打开 damaged DOCX file, cannot be opened: "
          + e, e);
    }
  }

  private static Document mainDocument(byte[] bytes, String file)
      throws InvalidFormatException, IOException, SAXException {
    OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
    try (InputStream in = mainPart(pkg, file).getInputStream()) {
      return XMLHelper.newDocumentBuilder().parse(in);
    } finally {
      pkg.revert(); // close() would try to save a package opened from a stream
    }
  }

  private static PackagePart mainPart(OPCPackage pkg, String file) throws InvalidFormatException {
    PackageRelationshipCollection rels = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
    if (rels.isEmpty()) {
      rels = pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT);
    }
    PackagePart main = rels.isEmpty() ? null : pkg.getPart(rels.getRelationship(0));
    if (main == null || !main.getContentType().contains("wordprocessingml")) {
      throw new UnreadableInputException(file, "不是 Word 文档：没有 Word 正文部分 not a Word document: no main "
          + "document part" + (main == null ? "" : " (found " + main.getContentType() + ")"));
    }
    return main;
  }
}
