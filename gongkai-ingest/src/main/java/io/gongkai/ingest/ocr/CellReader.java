package io.gongkai.ingest.ocr;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Reads the inside of one table cell. A cell that may hold a number is read several ways: unrestricted (digit
 * look-alikes such as O, 工, 了 mapped to digits), restricted to number characters, with its pieces spread apart, and
 * as a raw line; see {@link Votes} for when that settles it. A wrong number that looks certain is the worst outcome,
 * so doubt yields candidates.
 */
final class CellReader {
  static final float CONFIDENT = 80;
  private static final String NUMBER_CHARS = "0123456789+-.%元万";
  private static final int BORDER = 12;

  private final TessEngine chinese;

  CellReader(TessEngine chinese) {
    this.chinese = chinese;
  }

  /**
   * The cell's text.
   *
   * @param cell the inside of the cell
   * @param borderDepth how deep remains of the borders may reach into it
   * @param speck the largest piece of ink, in pixels, that is noise when far from text
   */
  CellText read(Bitmap cell, int borderDepth, int speck) {
    Ink.trimBorders(cell, borderDepth);
    List<Blobs.Blob> all = Blobs.find(cell);
    if (all.stream().mapToInt(Blobs.Blob::area).sum() <= 2 * speck) {
      return CellText.EMPTY;
    }
    Blobs.clearSpecks(cell, speck, speck);
    int[] box = Ink.bounds(cell);
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
    Votes votes = new Votes();
    votes.add(Texts.lookalikeDigits(text), first.minConfidence());
    votes.add(chinese.read(image, psm, NUMBER_CHARS));
    if (psm == 7) {
      // Spread out, so that Tesseract cannot merge 11 into 1, and read as a raw line without layout analysis.
      BufferedImage spread = Spread.of(ink).toImage(BORDER);
      Reading apart = chinese.read(spread, 7, NUMBER_CHARS);
      votes.add(apart.text().replace(" ", ""), apart.minConfidence());
      votes.add(chinese.read(image, 13, NUMBER_CHARS));
    }
    List<Blobs.Blob> inked = Blobs.find(ink).stream().filter(b -> b.area() > speck).toList();
    // Printed digits and signs are one piece each: a reading with another count lost or invented a character.
    String sure = votes.agreed(n -> (!n.matches("[+-]?[0-9]+") || n.length() == inked.size())
        && Holes.fit(n, ink, inked));
    if (sure != null) {
      return CellText.certain(sure);
    }
    List<String> ranked = new ArrayList<>(votes.ranked(n -> (!n.matches("[+-]?[0-9]+") || n.length() == inked.size())
        && Holes.fit(n, ink, inked)));
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
