package io.gongkai.ingest.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Groups glyphs into printed lines. */
final class Lines {
  /** Glyphs whose baselines differ by less than this share of the font size are on one line. */
  private static final double BASELINE = 0.4;

  private Lines() {}

  /** The lines of the glyphs, top to bottom and, on one height, left to right. */
  static List<TextLine> of(List<Glyph> glyphs) {
    List<Glyph> horizontal = new ArrayList<>();
    List<Glyph> vertical = new ArrayList<>();
    for (Glyph g : glyphs) {
      (g.vertical() ? vertical : horizontal).add(g);
    }
    List<TextLine> lines = new ArrayList<>(byBaseline(horizontal));
    lines.addAll(stacks(vertical));
    lines.sort(Comparator.comparingDouble(TextLine::top).thenComparingDouble(TextLine::left));
    return lines;
  }

  private static List<TextLine> byBaseline(List<Glyph> glyphs) {
    List<Glyph> sorted = new ArrayList<>(glyphs);
    sorted.sort(Comparator.comparingDouble(Glyph::baseline));
    List<TextLine> lines = new ArrayList<>();
    List<Glyph> line = new ArrayList<>();
    double base = 0;
    for (Glyph g : sorted) {
      if (!line.isEmpty() && g.baseline() - base > BASELINE * Math.min(g.size(), line.get(0).size())) {
        lines.add(leftToRight(line));
        line = new ArrayList<>();
      }
      if (line.isEmpty()) {
        base = g.baseline();
      }
      line.add(g);
    }
    if (!line.isEmpty()) {
      lines.add(leftToRight(line));
    }
    return lines;
  }

  private static TextLine leftToRight(List<Glyph> line) {
    line.sort(Comparator.comparingDouble(Glyph::x));
    return new TextLine(line);
  }

  /** Glyphs of vertical fonts: a column of glyphs, each below the last, is one line read top down. */
  private static List<TextLine> stacks(List<Glyph> glyphs) {
    List<Glyph> sorted = new ArrayList<>(glyphs);
    sorted.sort(Comparator.comparingDouble(Glyph::x).thenComparingDouble(Glyph::baseline));
    List<TextLine> out = new ArrayList<>();
    List<Glyph> stack = new ArrayList<>();
    for (Glyph g : sorted) {
      if (!stack.isEmpty()) {
        Glyph last = stack.get(stack.size() - 1);
        boolean sameColumn = Math.abs(g.x() - stack.get(0).x()) < 0.5 * g.size();
        if (!sameColumn || g.top() - last.bottom() > g.size()) {
          out.add(new TextLine(stack));
          stack = new ArrayList<>();
        }
      }
      stack.add(g);
    }
    if (!stack.isEmpty()) {
      out.add(new TextLine(stack));
    }
    return out;
  }
}
