package io.gongkai.ingest.ocr;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Reads the inside of one table cell. A cell that may hold a number is read several ways: unrestricted (digit
 * look-alikes such as O, 工, 了 mapped to digits), restricted to number characters, with its pieces spread apart, and
 * as a raw line; see {@link Votes} for when that settles it. A one-line number those readings leave open gets two
 * more opinions, each of another kind: its ink printed three times in a row, which gives Tesseract's line recogniser
 * the context a lone glyph lacks and must come back as one reading three times, and the English model, trained on
 * other text, reading it enlarged; two kinds must agree ({@link Votes#confirmed}). Every number is checked against
 * the pieces of ink ({@link Pieces}), and a mark for "nothing" against its shape ({@link Marks}). A wrong number that
 * looks certain is the worst outcome, so doubt yields candidates.
 */
final class CellReader {
  static final float CONFIDENT = 80;
  private static final String NUMBER_CHARS = "0123456789+-.%元万";
  private static final int BORDER = 12;

  private final TessEngine chinese;
  private final TessEngine latin;

  /**
   * @param chinese the engine reading the cells
   * @param latin an engine with the English model for second opinions on numbers, or null to do without
   */
  CellReader(TessEngine chinese, TessEngine latin) {
    this.chinese = chinese;
    this.latin = latin;
  }

  /**
   * The cell's text.
   *
   * @param cell the inside of the cell
   * @param borderDepth how deep remains of the borders may reach into it
   * @param speck the largest piece of ink, in pixels, that is noise when far from text
   */
  CellText read(Bitmap cell, int borderDepth, int speck) {
    Bitmap ink = CellInk.of(cell, borderDepth, speck);
    if (ink == null) {
      return CellText.EMPTY;
    }
    BufferedImage image = ink.toImage(BORDER);
    List<int[]> lines = Ink.lines(ink);
    int psm = lines.size() > 1 ? 6 : 7;
    Reading first = chinese.read(image, psm, "");
    String text = Texts.tidy(first.text());
    if (!Texts.mayBeNumber(text)) {
      return label(ink, lines, first, text);
    }
    if (Marks.isMark(text) && first.minConfidence() >= CONFIDENT) {
      String mark = Marks.canonical(text);
      String d = Marks.canonical(Texts.tidy(chinese.read(image, psm, NUMBER_CHARS).text()));
      // The digits pass has no mark but - and / to choose from: a 7 it makes of a slash is outvoted by the shape.
      boolean sure = d.isEmpty() || d.equals(mark) || Marks.shaped(mark, ink, speck);
      return sure ? CellText.certain(mark) : uncertain(List.of(mark, d));
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
    Pieces pieces = Pieces.of(ink, speck);
    String sure = votes.agreed(pieces);
    if (sure == null && psm == 7) {
      Reading thrice = thrice(ink);
      Reading latin = latin(ink);
      sure = votes.confirmed(thrice, latin, pieces);
      // Unsettled, they still name candidates: a number the ink allows ranks above what the first pass made of it.
      for (Reading r : new Reading[] {thrice, latin}) {
        if (r != null) {
          votes.add(r);
        }
      }
    }
    if (sure != null) {
      return CellText.certain(sure);
    }
    List<String> ranked = new ArrayList<>(votes.ranked(pieces::allow));
    ranked.add(text);
    return uncertain(ranked);
  }

  /**
   * A cell of text. Tesseract's block mode garbles a narrow cell of one or two characters a line (总 over 计); read
   * line by line, such a cell comes back clean.
   */
  private CellText label(Bitmap ink, List<int[]> lines, Reading first, String text) {
    if (first.minConfidence() >= CONFIDENT && Texts.plausibleText(text)) {
      return CellText.certain(text);
    }
    if (lines.size() > 1) {
      List<String> read = new ArrayList<>();
      boolean sure = true;
      for (int[] l : lines) {
        Bitmap line = ink.crop(0, l[0], ink.width, l[1]);
        int[] box = Ink.bounds(line);
        Reading r = chinese.read(line.crop(box[0], 0, box[2], line.height).toImage(BORDER), 7, "");
        read.add(Texts.tidy(r.text()));
        sure &= r.minConfidence() >= CONFIDENT;
      }
      String joined = String.join("\n", read);
      if (sure && Texts.plausibleText(joined)) {
        return CellText.certain(joined);
      }
      return uncertain(List.of(text, joined));
    }
    return uncertain(List.of(text));
  }

  /** The ink printed three times in a row, read; the one reading when all three copies read the same, else null. */
  private Reading thrice(Bitmap ink) {
    Reading r = chinese.read(Repeat.of(ink, 3).toImage(BORDER), 7, NUMBER_CHARS);
    String t = r.text().replace(" ", "");
    if (t.isEmpty() || t.length() % 3 != 0 || r.minConfidence() < CONFIDENT) {
      return null;
    }
    String one = t.substring(0, t.length() / 3);
    return t.equals(one.repeat(3)) ? new Reading(one, r.minConfidence(), r.meanConfidence()) : null;
  }

  /** The English model's reading of the ink enlarged twice, where its strokes are as thick as it was trained on. */
  private Reading latin(Bitmap ink) {
    if (latin == null) {
      return null;
    }
    Reading r = latin.read(ink.scaled(2).toImage(2 * BORDER), 7, NUMBER_CHARS, 2);
    return r.minConfidence() >= CONFIDENT ? new Reading(Texts.tidy(r.text()), r.minConfidence(), r.meanConfidence())
        : null;
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
