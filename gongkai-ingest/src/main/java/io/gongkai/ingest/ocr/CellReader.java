package io.gongkai.ingest.ocr;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Reads the inside of one table cell. A cell that may hold a number is read by the Chinese model unrestricted
 * (digit look-alikes such as O, 工, 了 mapped to digits) and restricted to number characters; see {@link Votes} for
 * when that settles it. A wrong number that looks certain is the worst outcome, so doubt yields candidates.
 */
final class CellReader {
  static final float CONFIDENT = 80;
  private static final String NUMBER_CHARS = "0123456789+-.%元万";
  private static final int BORDER = 12;

  private final TessEngine chinese;
  private final TessEngine latin;

  /** {@code latin} may be null when the English data is not installed: fewer votes, more uncertain cells. */
  CellReader(TessEngine chinese, TessEngine latin) {
    this.chinese = chinese;
    this.latin = latin;
  }

  /** The cell's text; {@code cell} is the inside of the cell, {@code borderDepth} how deep border remains may reach. */
  CellText read(Bitmap cell, int borderDepth) {
    Ink.trimBorders(cell, borderDepth);
    int[] box = Ink.bounds(cell);
    if (box == null) {
      return CellText.EMPTY;
    }
    Bitmap ink = cell.crop(box[0], box[1], box[2], box[3]);
    BufferedImage image = ink.toImage(BORDER);
    int psm = Ink.lines(ink).size() > 1 ? 6 : 7;
    Reading first = chinese.read(image, psm, "");
    String text = Texts.tidy(first.text());
    if (!Texts.mayBeNumber(text)) {
      boolean sure = first.minConfidence() >= CONFIDENT && Texts.plausibleText(text);
      return sure ? CellText.certain(text) : uncertain(List.of(text));
    }
    if (Texts.isBlankMark(text) && first.minConfidence() >= CONFIDENT) {
      Reading digits = chinese.read(image, psm, NUMBER_CHARS);
      String d = Texts.tidy(digits.text());
      return d.isEmpty() || d.equals(text) ? CellText.certain(text) : uncertain(List.of(text, d));
    }
    Votes votes = new Votes(Texts.lookalikeDigits(text), first.minConfidence());
    votes.restricted(chinese.read(image, psm, NUMBER_CHARS));
    if (latin != null && votes.needsThirdOpinion()) {
      votes.third(latin.read(image, psm, NUMBER_CHARS));
    }
    String sure = votes.agreed();
    if (sure != null) {
      return CellText.certain(sure);
    }
    List<String> ranked = new ArrayList<>(votes.ranked());
    ranked.add(text);
    return uncertain(ranked);
  }

  private static CellText uncertain(List<String> readings) {
    List<String> distinct = new ArrayList<>(new LinkedHashSet<>(readings));
    distinct.removeIf(String::isEmpty);
    if (distinct.isEmpty()) {
      // Ink Tesseract cannot read at all: say so rather than pass the cell off as empty.
      distinct.add("?");
    }
    return CellText.uncertain(distinct);
  }
}
