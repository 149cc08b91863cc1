package io.gongkai.ingest.pdf;

import io.gongkai.UnreadableInputException;
import io.gongkai.ingest.Block;
import io.gongkai.ingest.FormatReader;
import io.gongkai.ingest.SourceDocument;
import io.gongkai.model.SourceInfo;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Reads a PDF into paragraphs (one per printed line) and grids (ruled and column-aligned tables, joined across page
 * breaks), with page numbers and boxes in PDF points from the top left.
 *
 * <p>Pages without decodable text (scans; fonts without a Unicode map) go to the {@link PageOcr} given to the
 * constructor. Without one, such a page makes the whole document unreadable, even when other pages have text: the
 * page may hold a statistical table, and an extraction that silently lacks it would look like a report that left the
 * table out. The user is told which pages need OCR instead.
 */
public final class PdfReader implements FormatReader {
  /** Resolution at which pages are rendered for OCR. */
  private static final int OCR_DPI = 300;
  /** A page without text whose images cover this share of it is a scan. */
  private static final double SCAN_COVER = 0.1;

  private final PageOcr ocr;

  /** A reader without OCR: pages that need it make the document unreadable. */
  public PdfReader() {
    this.ocr = null;
  }

  /** A reader that hands pages without decodable text to {@code ocr}. */
  public PdfReader(PageOcr ocr) {
    this.ocr = java.util.Objects.requireNonNull(ocr, "ocr");
  }

  @Override
  public SourceDocument read(byte[] bytes, SourceInfo source) {
    String file = source.file();
    try (PDDocument document = load(bytes, file)) {
      if (document.getNumberOfPages() == 0) {
        throw new UnreadableInputException(file, "PDF 没有页面 / the PDF has no pages");
      }
      Map<Integer, List<Glyph>> glyphs = GlyphCollector.collect(document);
      List<List<PageItem>> pages = new ArrayList<>();
      List<Integer> needOcr = new ArrayList<>();
      for (int p = 1; p <= document.getNumberOfPages(); p++) {
        List<Glyph> text = glyphs.getOrDefault(p, List.of());
        PDPage page = document.getPage(p - 1);
        GraphicsCollector.Drawn drawn = new GraphicsCollector(page).collect();
        if (!needsOcr(page, text, drawn)) {
          pages.add(PageLayout.of(p, text, drawn.rulings()));
        } else if (ocr != null) {
          pages.add(recognised(document, p));
        } else {
          needOcr.add(p);
        }
      }
      if (!needOcr.isEmpty()) {
        throw new UnreadableInputException(file, ocrNeeded(needOcr));
      }
      return new SourceDocument(source, Continuations.join(pages));
    } catch (IOException e) {
      throw new UnreadableInputException(file, "PDF 内容无法解析，文件可能已损坏 / the PDF's content cannot be parsed; "
          + "the file may be damaged (" + e.getMessage() + ")", e);
    }
  }

  private static PDDocument load(byte[] bytes, String file) {
    try {
      return Loader.loadPDF(bytes);
    } catch (InvalidPasswordException e) {
      throw new UnreadableInputException(file, "PDF 已加密，需要密码才能打开 / the PDF is encrypted and needs a password",
          e);
    } catch (IOException e) {
      throw new UnreadableInputException(file, "文件已损坏或不是 PDF / the file is damaged or not a PDF ("
          + e.getMessage() + ")", e);
    }
  }

  /** A scan (images, no text) or a page whose text is mostly undecodable. */
  static boolean needsOcr(PDPage page, List<Glyph> text, GraphicsCollector.Drawn drawn) {
    if (text.isEmpty()) {
      double area = page.getCropBox().getWidth() * page.getCropBox().getHeight();
      return drawn.glyphs() > 0 || drawn.imageArea() > SCAN_COVER * area;
    }
    String chars = text.stream().map(Glyph::text).collect(Collectors.joining());
    return Garble.isGarbled(chars, drawn.undecoded(), drawn.glyphs());
  }

  private List<PageItem> recognised(PDDocument document, int page) throws IOException {
    BufferedImage image = new PDFRenderer(document).renderImageWithDPI(page - 1, OCR_DPI, ImageType.GRAY);
    List<PageItem> items = new ArrayList<>();
    for (Block b : ocr.read(image, page, 72.0 / OCR_DPI)) {
      items.add(PageItem.of(b));
    }
    return items;
  }

  private static String ocrNeeded(List<Integer> pages) {
    String list = pages.stream().map(String::valueOf).collect(Collectors.joining(", "));
    return "第 " + list.replace(", ", "、") + " 页没有可读取的文字（扫描件，或字体缺少 Unicode 映射），需要 OCR 识别 / page"
        + (pages.size() > 1 ? "s " : " ") + list + (pages.size() > 1 ? " have" : " has")
        + " no readable text (scanned, or fonts without a Unicode map) and need" + (pages.size() > 1 ? "" : "s")
        + " OCR";
  }
}
