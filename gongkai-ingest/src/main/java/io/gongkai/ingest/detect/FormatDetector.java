package io.gongkai.ingest.detect;

import io.gongkai.UnreadableInputException;
import io.gongkai.UnsupportedFormatException;
import io.gongkai.ingest.TextDocuments;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import javax.imageio.ImageIO;
import javax.imageio.stream.ImageInputStream;
import org.apache.poi.poifs.filesystem.FileMagic;

/**
 * Names the format of a document from its bytes, so that a report saved under the wrong extension is still read by
 * the right reader. The name only decides between markdown and plain text, which share their bytes.
 */
public final class FormatDetector {
  /** Format names, as in OUTPUT.md. */
  public static final String HTML = "html";
  public static final String DOCX = "docx";
  public static final String DOC = "doc";
  public static final String PDF = "pdf";
  public static final String IMAGE = "image";

  /** PDF readers accept a header anywhere in the first kilobyte; some servers prepend junk. */
  private static final int PDF_HEADER_WINDOW = 1024;
  private static final int NUL_WINDOW = 8192;

  private FormatDetector() {}

  /**
   * One of {@code html}, {@code docx}, {@code doc}, {@code pdf}, {@code image}, {@code markdown}, {@code text}.
   *
   * @throws UnsupportedFormatException for a recognised format gongkai does not read (a spreadsheet, RTF…)
   * @throws UnreadableInputException for empty, damaged or unknown binary input
   */
  public static String detect(byte[] bytes, String fileName) {
    if (bytes.length == 0) {
      throw new UnreadableInputException(fileName, "空文件 empty file");
    }
    if (isPdf(bytes)) {
      return PDF;
    }
    FileMagic magic = FileMagic.valueOf(Arrays.copyOf(bytes, Math.min(bytes.length, 64)));
    switch (magic) {
      case OLE2:
        return Containers.ole2(bytes, fileName);
      case OOXML:
        return Containers.zip(bytes, fileName);
      case PNG, JPEG, TIFF, GIF, BMP:
        return image(bytes, fileName, magic);
      case RTF, WORD2, MSWRITE, BIFF2, BIFF3, BIFF4, WMF, EMF:
        throw new UnsupportedFormatException(fileName, magic.name().toLowerCase(java.util.Locale.ROOT));
      default:
        return textual(bytes, fileName);
    }
  }

  private static boolean isPdf(byte[] bytes) {
    int n = Math.min(bytes.length, PDF_HEADER_WINDOW);
    byte[] head = {'%', 'P', 'D', 'F', '-'};
    for (int i = 0; i + head.length <= n; i++) {
      if (Arrays.equals(bytes, i, i + head.length, head, 0, head.length)) {
        return true;
      }
    }
    return false;
  }

  private static String image(byte[] bytes, String fileName, FileMagic magic) {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      if (in != null && ImageIO.getImageReaders(in).hasNext()) {
        return IMAGE;
      }
    } catch (IOException e) {
      throw new UnreadableInputException(fileName, "图片无法读取 image cannot be read: " + e.getMessage(), e);
    }
    throw new UnsupportedFormatException(fileName, magic.name().toLowerCase(java.util.Locale.ROOT));
  }

  private static String textual(byte[] bytes, String fileName) {
    if (TextDecoder.bomCharset(bytes).isEmpty() && Utf16.withoutBom(bytes).isEmpty() && hasNul(bytes)) {
      throw new UnreadableInputException(fileName, "无法识别的二进制文件，不是文本，也不是 PDF、Word、图片或 HTML"
          + " unknown binary file: not text, PDF, Word, image or HTML");
    }
    boolean utf16 = Utf16.withoutBom(bytes).isPresent()
        || TextDecoder.bomCharset(bytes).map(c -> c.name().startsWith("UTF-16")).orElse(false);
    if (!utf16) {
      // Tags are ASCII in every encoding a page may use, so a page is told by its head alone, without decoding it all
      // (the HTML reader decodes it with its declared charset anyway).
      String head = new String(bytes, 0, Math.min(bytes.length, 4096), java.nio.charset.StandardCharsets.ISO_8859_1);
      if (HtmlSniffer.sniff(head) == HtmlSniffer.Verdict.HTML) {
        return FormatDetector.HTML;
      }
    }
    String text = TextDecoder.decode(bytes, fileName);
    return switch (HtmlSniffer.sniff(text)) {
      case HTML -> FormatDetector.HTML;
      case MAYBE_HTML -> TextDocuments.MARKDOWN.equals(TextDocuments.format(fileName, "")) ? TextDocuments.MARKDOWN
          : FormatDetector.HTML;
      case NOT_HTML -> TextDocuments.format(fileName, text);
    };
  }

  private static boolean hasNul(byte[] bytes) {
    int n = Math.min(bytes.length, NUL_WINDOW);
    for (int i = 0; i < n; i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }
}
