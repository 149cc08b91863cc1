package io.gongkai.ingest.pdf;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Takes every printed character with its position from PDFBox's text stripper, after the stripper has dropped
 * overlapping duplicates (fake bold). Grouping into lines and cells is done by {@link Lines} and the table finders,
 * not by the stripper's own layout, which knows nothing of table cells.
 */
final class GlyphCollector extends PDFTextStripper {
  private final Map<Integer, List<Glyph>> pages = new HashMap<>();
  /** A space character was drawn since the last glyph: printed text says where its spaces are. */
  private boolean spaced;

  private GlyphCollector() {
    setSortByPosition(false);
  }

  /** The glyphs of every page, keyed by 1-based page number; whitespace glyphs are left out. */
  static Map<Integer, List<Glyph>> collect(PDDocument document) throws IOException {
    GlyphCollector collector = new GlyphCollector();
    collector.writeText(document, Writer.nullWriter());
    return collector.pages;
  }

  @Override
  protected void writeString(String text, List<TextPosition> positions) {
    List<Glyph> page = pages.computeIfAbsent(getCurrentPageNo(), p -> new ArrayList<>());
    for (TextPosition t : positions) {
      String unicode = t.getUnicode();
      if (unicode == null || unicode.isBlank()) {
        spaced |= unicode != null;
        continue;
      }
      double size = t.getFontSizeInPt() > 0 ? t.getFontSizeInPt() : t.getHeightDir();
      boolean vertical = t.getFont() != null && t.getFont().isVertical();
      if (vertical) {
        // A vertical font's glyph origin is the middle of its top edge, and PDFBox's width is not the glyph's.
        page.add(new Glyph(unicode, t.getXDirAdj() - size / 2, t.getYDirAdj(), size, size, true, false));
      } else {
        page.add(new Glyph(unicode, t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(), size, false, spaced));
      }
      spaced = false;
    }
  }

  @Override
  protected void writeLineSeparator() {
    spaced = false;
  }
}
