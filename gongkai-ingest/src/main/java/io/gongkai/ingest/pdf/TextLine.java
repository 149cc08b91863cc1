package io.gongkai.ingest.pdf;

import io.gongkai.model.Box;
import java.util.ArrayList;
import java.util.List;

/**
 * One printed line: glyphs on a shared baseline ordered left to right, or a run of stacked glyphs of a vertical font.
 *
 * @param glyphs in reading order
 */
record TextLine(List<Glyph> glyphs) {
  /** A gap wider than this share of the font size between two non-CJK characters is a space. */
  private static final double SPACE = 0.25;

  TextLine {
    glyphs = List.copyOf(glyphs);
    if (glyphs.isEmpty()) {
      throw new IllegalArgumentException("a line holds at least one glyph");
    }
  }

  Box box() {
    Box box = glyphs.get(0).box();
    for (Glyph g : glyphs) {
      box = box.union(g.box());
    }
    return box;
  }

  double top() {
    return box().y();
  }

  double left() {
    return glyphs.get(0).x();
  }

  double right() {
    return glyphs.stream().mapToDouble(Glyph::right).max().orElseThrow();
  }

  /** The most common font size, which stands for the whole line. */
  double size() {
    return glyphs.stream().mapToDouble(Glyph::size).sorted().toArray()[glyphs.size() / 2];
  }

  boolean vertical() {
    return glyphs.get(0).vertical();
  }

  /**
   * The text, with a space where the PDF drew one, or where a wide gap separates two characters that are not CJK
   * (CJK lines are spaced out when justified, which is no space).
   */
  String text() {
    StringBuilder out = new StringBuilder(glyphs.get(0).text());
    for (int i = 1; i < glyphs.size(); i++) {
      Glyph prev = glyphs.get(i - 1);
      Glyph next = glyphs.get(i);
      double gap = next.x() - prev.right();
      boolean wide = gap > SPACE * Math.min(prev.size(), next.size());
      if (!vertical() && (next.spaced() && gap > 0 || wide
          && !isWide(prev.text().codePointBefore(prev.text().length())) && !isWide(next.text().codePointAt(0)))) {
        out.append(' ');
      }
      out.append(next.text());
    }
    return out.toString().strip();
  }

  /**
   * Splits the line where the gap between glyphs is wider than {@code ems} font sizes: the cells of a table printed
   * without rulings.
   */
  List<TextLine> chunks(double ems) {
    if (vertical()) {
      return List.of(this);
    }
    List<TextLine> out = new ArrayList<>();
    int from = 0;
    for (int i = 1; i < glyphs.size(); i++) {
      Glyph prev = glyphs.get(i - 1);
      if (glyphs.get(i).x() - prev.right() > ems * prev.size()) {
        out.add(new TextLine(glyphs.subList(from, i)));
        from = i;
      }
    }
    out.add(new TextLine(glyphs.subList(from, glyphs.size())));
    return out;
  }

  /** CJK characters and full-width punctuation, between which a printed gap is spacing, not a space. */
  static boolean isWide(int cp) {
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
        || (cp >= 0x2010 && cp <= 0x206F) || (cp >= 0x2E80 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF);
  }
}
