package io.gongkai.ingest.detect;

import io.gongkai.UnreadableInputException;
import io.gongkai.UnsupportedFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Looks inside OLE2 and zip containers: the magic number says only "an Office file", the entries say which. Kingsoft
 * WPS writes .wps files as OLE2 with a {@code WordDocument} stream, so they come out as {@code doc}.
 */
final class Containers {
  private Containers() {}

  static String ole2(byte[] bytes, String fileName) {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
      DirectoryNode root = fs.getRoot();
      if (root.hasEntryCaseInsensitive("WordDocument")) {
        return FormatDetector.DOC;
      }
      throw new UnsupportedFormatException(fileName, ole2Kind(root));
    } catch (IOException | RuntimeException e) {
      if (e instanceof UnsupportedFormatException u) {
        throw u;
      }
      throw new UnreadableInputException(fileName, "Office 复合文档已损坏 damaged OLE2 (Office 97–2003) file: "
          + e.getMessage(), e);
    }
  }

  private static String ole2Kind(DirectoryNode root) {
    if (root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book")) {
      return "xls";
    }
    if (root.hasEntryCaseInsensitive("PowerPoint Document")) {
      return "ppt";
    }
    if (root.hasEntryCaseInsensitive("EncryptedPackage")) {
      return "encrypted office";
    }
    return "ole2";
  }

  static String zip(byte[] bytes, String fileName) {
    String kind = "zip";
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        String name = e.getName();
        if (name.equals("word/document.xml")) {
          return FormatDetector.DOCX;
        }
        if (name.startsWith("xl/")) {
          kind = "xlsx";
        } else if (name.startsWith("ppt/")) {
          kind = "pptx";
        } else if (name.equals("mimetype") && kind.equals("zip")) {
          kind = "odf";
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new UnreadableInputException(fileName, "压缩包已损坏 damaged zip (OOXML) file: " + e.getMessage(), e);
    }
    throw new UnsupportedFormatException(fileName, kind);
  }
}
