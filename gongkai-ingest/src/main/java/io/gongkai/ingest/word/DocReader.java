package io.gongkai.ingest.word;

import io.gongkai.UnreadableInputException;
import io.gongkai.ingest.FormatReader;
import io.gongkai.ingest.SourceDocument;
import io.gongkai.model.SourceInfo;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads binary Word files (.doc) and Kingsoft WPS files (.wps, the same OLE2 container with a {@code WordDocument}
 * stream) with POI HWPF: paragraphs and tables of the main text in order, see {@link io.gongkai.ingest.word}. When
 * POI cannot read a file (some WPS-written files break HWPF, apache/poi#1041; Word 95; RTF or HTML named .doc),
 * LibreOffice converts it to DOCX if {@code soffice} is on the {@code PATH}, and the DOCX is read instead. A DOCX
 * file handed here by its name is read as DOCX.
 */
public final class DocReader implements FormatReader {
  private static final Logger LOG = LoggerFactory.getLogger(DocReader.class);

  private final String searchPath;

  /** A reader that looks for LibreOffice on the {@code PATH}. */
  public DocReader() {
    this(System.getenv("PATH"));
  }

  /** A reader that looks for LibreOffice's {@code soffice} on {@code searchPath} (PATH syntax; null for none). */
  DocReader(String searchPath) {
    this.searchPath = searchPath;
  }

  @Override
  public SourceDocument read(byte[] bytes, SourceInfo source) {
    FileMagic magic = magic(bytes);
    if (magic == FileMagic.OOXML) {
      return new DocxReader().read(bytes, source);
    }
    String failure;
    try (HWPFDocument doc = new HWPFDocument(new ByteArrayInputStream(bytes))) {
      return new SourceDocument(source, DocBody.blocks(doc));
    } catch (EncryptedDocumentException e) {
      throw new UnreadableInputException(source.file(), "文件已加密（设有密码），无法读取 the file is encrypted "
          + "(password-protected) and cannot be read", e);
    } catch (IOException | RuntimeException e) { // HWPF reports damage with all sorts of unchecked exceptions
      failure = e.toString();
    }
    if (!isWordLike(bytes, magic)) {
      throw new UnreadableInputException(source.file(), "Word 文件已损坏或不是 Word 文件 damaged file or not a Word "
          + "file. POI: " + failure);
    }
    LibreOffice soffice = LibreOffice.find(searchPath).orElseThrow(() -> new UnreadableInputException(
        source.file(), "POI 无法读取此 Word 文件，且未安装 LibreOffice（安装 libreoffice-writer-nogui 后可改用它转换）"
        + " POI cannot read this Word file and LibreOffice is not installed (installing libreoffice-writer-nogui "
        + "enables the fallback conversion). POI: " + failure));
    LOG.warn("{}: POI cannot read it ({}); converting with LibreOffice", source.file(), failure);
    return new DocxReader().read(soffice.toDocx(bytes, source.file(), failure), source);
  }

  /**
   * Whether LibreOffice may be asked to convert the file: a Word-like OLE2 container, RTF, HTML or XML. Anything else
   * LibreOffice imports as plain text, which would turn a damaged file into paragraphs of garbage.
   */
  private static boolean isWordLike(byte[] bytes, FileMagic magic) {
    return switch (magic) {
      case OLE2 -> hasWordStream(bytes);
      case RTF, HTML, XML -> true;
      default -> false;
    };
  }

  private static boolean hasWordStream(byte[] bytes) {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
      return fs.getRoot().hasEntryCaseInsensitive("WordDocument");
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static FileMagic magic(byte[] bytes) {
    try (InputStream in = FileMagic.prepareToCheckMagic(new ByteArrayInputStream(bytes))) {
      return FileMagic.valueOf(in);
    } catch (IOException e) {
      return FileMagic.UNKNOWN;
    }
  }
}
