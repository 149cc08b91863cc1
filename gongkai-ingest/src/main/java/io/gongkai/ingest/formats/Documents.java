package io.gongkai.ingest.formats;

import io.gongkai.UnreadableInputException;
import io.gongkai.ingest.FormatReader;
import io.gongkai.ingest.Linearizer;
import io.gongkai.ingest.TextDocument;
import io.gongkai.ingest.TextDocuments;
import io.gongkai.ingest.detect.FormatDetector;
import io.gongkai.ingest.detect.TextDecoder;
import io.gongkai.ingest.html.HtmlReader;
import io.gongkai.ingest.ocr.ImageReader;
import io.gongkai.ingest.pdf.PdfReader;
import io.gongkai.ingest.word.DocReader;
import io.gongkai.ingest.word.DocxReader;
import io.gongkai.model.SourceInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Reads a file of any supported format — text, markdown, HTML, DOCX, DOC/WPS, PDF, scans and images — into the
 * {@link TextDocument} the extractor reads. The format is detected from the bytes, so a renamed file is still read.
 * An instance holds one reader per format; use one per thread (OCR engines are not shared between threads).
 */
public final class Documents {
  private final Map<String, FormatReader> readers;

  /** Readers for every format. */
  public Documents() {
    this.readers = Map.of(
        FormatDetector.HTML, new HtmlReader(),
        FormatDetector.DOCX, new DocxReader(),
        FormatDetector.DOC, new DocReader(),
        FormatDetector.PDF, Documents::pdf,
        FormatDetector.IMAGE, new ImageReader());
  }

  /**
   * Reads a file.
   *
   * @throws UnreadableInputException when the file cannot be read, its format is not supported, or its content is
   *     damaged; the message names the file
   */
  public TextDocument read(Path file) {
    return read(bytes(file), file.toString(), name(file));
  }

  /** Reads the bytes of a file called {@code fileName}. */
  public TextDocument read(byte[] bytes, String fileName) {
    return read(bytes, fileName, fileName);
  }

  private TextDocument read(byte[] bytes, String shownName, String fileName) {
    String format = FormatDetector.detect(bytes, shownName);
    String sha = TextDocuments.sha256(bytes);
    if (format.equals(TextDocuments.TEXT) || format.equals(TextDocuments.MARKDOWN)) {
      String text = TextDecoder.decode(bytes, shownName);
      return new TextDocument(new SourceInfo(fileName, sha, TextDocuments.format(fileName, text)), text);
    }
    FormatReader reader = readers.get(format);
    if (reader == null) {
      throw new io.gongkai.UnsupportedFormatException(shownName, format);
    }
    try {
      return Linearizer.text(reader.read(bytes, new SourceInfo(fileName, sha, format)));
    } catch (UnreadableInputException e) {
      throw e.file().equals(shownName) ? e : new UnreadableInputException(shownName, e.reason(), e);
    }
  }

  /** A PDF, its pages without a usable text layer (scans, fonts without a Unicode map) read by OCR. */
  private static io.gongkai.ingest.SourceDocument pdf(byte[] bytes, SourceInfo source) {
    try (LazyOcr ocr = new LazyOcr(source.file())) {
      return new PdfReader(ocr).read(bytes, source);
    }
  }

  private static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new UnreadableInputException(file.toString(), "文件不存在 no such file");
    } catch (IOException e) {
      throw new UnreadableInputException(file.toString(), "无法读取 cannot read: " + e.getMessage(), e);
    }
  }

  private static String name(Path file) {
    Path name = file.getFileName();
    return name == null ? file.toString() : name.toString();
  }
}
