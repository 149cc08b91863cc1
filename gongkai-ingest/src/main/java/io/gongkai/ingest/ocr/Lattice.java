package io.gongkai.ingest.ocr;

import java.util.ArrayList;
import java.util.List;

/**
 * Rebuilds tables from ruling lines. Lines that touch each other form one table; the distinct line positions give the
 * rows and columns; where the line between two neighbouring slots is missing, the slots are one merged cell.
 */
final class Lattice {
  /** A border must be drawn along at least this share of a slot's side to count as present. */
  private static final double PRESENT = 0.5;

  private Lattice() {}

  /** The ruled tables on a binarised, deskewed page, top to bottom. */
  static List<TableGeometry> find(Bitmap page) {
    int scale = Math.max(page.width, page.height * 7 / 10);
    int tol = Math.max(4, scale / 300);
    int maxGap = Math.max(1, scale / 1200);
    int maxThick = Math.max(6, scale / 150);
    List<Segment> hs = Rulings.horizontal(page, Math.max(30, scale / 40), maxGap, maxThick);
    List<Segment> vs = Rulings.vertical(page, Math.max(12, scale / 120), maxGap, maxThick);
    vs = vs.stream().filter(v -> endsOnLines(v, hs, tol)).toList();
    List<TableGeometry> tables = new ArrayList<>();
    for (List<List<Segment>> group : Tables.group(hs, vs, tol)) {
      TableGeometry t = build(group.get(0), group.get(1), tol);
      if (t != null) {
        tables.add(t);
      }
    }
    tables.sort(java.util.Comparator.comparingInt(TableGeometry::top));
    return tables;
  }

  /** Text strokes rarely reach a ruling at both ends; table borders always do. */
  private static boolean endsOnLines(Segment v, List<Segment> hs, int tol) {
    return touches(v.start(), v.pos(), hs, tol) && touches(v.end(), v.pos(), hs, tol);
  }

  private static boolean touches(int y, int x, List<Segment> hs, int tol) {
    for (Segment h : hs) {
      if (Math.abs(h.pos() - y) <= tol + h.thickness() && x >= h.start() - tol && x <= h.end() + tol) {
        return true;
      }
    }
    return false;
  }

  private static TableGeometry build(List<Segment> hs, List<Segment> vs, int tol) {
    List<Integer> ys = positions(hs, tol);
    List<Integer> xs = positions(vs, tol);
    if (ys.size() < 2 || xs.size() < 2) {
      return null;
    }
    int rows = ys.size() - 1;
    int cols = xs.size() - 1;
    UnionFind slots = new UnionFind(rows * cols);
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        if (c + 1 < cols && !present(vs, xs.get(c + 1), ys.get(r), ys.get(r + 1), tol)) {
          slots.union(r * cols + c, r * cols + c + 1);
        }
        if (r + 1 < rows && !present(hs, ys.get(r + 1), xs.get(c), xs.get(c + 1), tol)) {
          slots.union(r * cols + c, (r + 1) * cols + c);
        }
      }
    }
    int thickness = (int) Math.round(hs.stream().mapToInt(Segment::thickness).average().orElse(1));
    return new TableGeometry(ys, xs, spans(slots, rows, cols), thickness);
  }

  /** Whether lines at {@code pos} cover enough of the slot side from {@code from} to {@code to}. */
  private static boolean present(List<Segment> lines, int pos, int from, int to, int tol) {
    // The side's ends lie on the crossing lines, so look at its inner part only.
    int inner0 = from + tol;
    int inner1 = to - tol;
    if (inner1 <= inner0) {
      inner0 = from;
      inner1 = to;
    }
    int covered = 0;
    for (Segment s : lines) {
      if (Math.abs(s.pos() - pos) <= tol) {
        covered += s.overlap(inner0, inner1);
      }
    }
    return covered >= PRESENT * (inner1 - inner0 + 1);
  }

  /** Cells as the bounding rectangles of the merged slot groups, each listed at its top-left slot. */
  private static List<TableGeometry.Span> spans(UnionFind slots, int rows, int cols) {
    List<TableGeometry.Span> spans = new ArrayList<>();
    boolean[] taken = new boolean[rows * cols];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        if (taken[r * cols + c]) {
          continue;
        }
        int root = slots.find(r * cols + c);
        int r1 = r;
        int c1 = c;
        for (int i = 0; i < rows * cols; i++) {
          if (slots.find(i) == root) {
            r1 = Math.max(r1, i / cols);
            c1 = Math.max(c1, i % cols);
          }
        }
        for (int rr = r; rr <= r1; rr++) {
          for (int cc = c; cc <= c1; cc++) {
            taken[rr * cols + cc] = true;
          }
        }
        spans.add(new TableGeometry.Span(r, c, r1 - r + 1, c1 - c + 1));
      }
    }
    return spans;
  }

  /** Distinct positions of lines, lines closer than the tolerance being one. */
  private static List<Integer> positions(List<Segment> lines, int tol) {
    List<Integer> sorted = lines.stream().map(Segment::pos).sorted().toList();
    List<Integer> out = new ArrayList<>();
    int sum = 0;
    int n = 0;
    for (int p : sorted) {
      if (n > 0 && p - sum / n > tol) {
        out.add(Math.round((float) sum / n));
        sum = 0;
        n = 0;
      }
      sum += p;
      n++;
    }
    if (n > 0) {
      out.add(Math.round((float) sum / n));
    }
    return out;
  }
}
