package io.gongkai.ingest.pdf;

import io.gongkai.ingest.Grid;
import io.gongkai.ingest.GridCell;
import io.gongkai.ingest.Location;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The cell lattice of one group of touching rulings: boundaries at every distinct ruling position, slots joined where
 * the boundary between them is not drawn.
 */
final class LatticeGrid {
  /** Ruling positions closer than this are one lattice boundary. */
  private static final double SAME = 3;

  private final List<Ruling> rulings;
  private final List<Double> xs;
  private final List<Double> ys;
  /** For each slot (row-major), the slot holding the merged cell it belongs to. */
  private final int[] owner;

  private LatticeGrid(List<Ruling> rulings, List<Double> xs, List<Double> ys) {
    this.rulings = rulings;
    this.xs = xs;
    this.ys = ys;
    this.owner = merge();
  }

  /** The lattice of a ruling group, or null when it has fewer than two rows or two columns. */
  static LatticeGrid of(List<Ruling> group) {
    List<Ruling> rulings = new ArrayList<>(group);
    List<Double> xs = boundaries(group, false);
    List<Double> ys = boundaries(group, true);
    // Tables drawn without outer side (or top/bottom) borders: the crossing lines' ends close the lattice.
    close(rulings, xs, group, true);
    close(rulings, ys, group, false);
    if (xs.size() < 3 || ys.size() < 3) {
      return null;
    }
    return new LatticeGrid(rulings, xs, ys);
  }

  private static List<Double> boundaries(List<Ruling> group, boolean horizontal) {
    double[] positions = group.stream().filter(r -> r.horizontal() == horizontal).mapToDouble(Ruling::position)
        .sorted().toArray();
    List<Double> out = new ArrayList<>();
    int from = 0;
    for (int i = 1; i <= positions.length; i++) {
      if (i == positions.length || positions[i] - positions[i - 1] > SAME) {
        out.add(Arrays.stream(positions, from, i).average().orElseThrow());
        from = i;
      }
    }
    return out;
  }

  /** Adds a drawn-as-if boundary where the crossing lines reach beyond the outermost boundary of a direction. */
  private static void close(List<Ruling> rulings, List<Double> bounds, List<Ruling> group, boolean crossHorizontal) {
    double min = group.stream().filter(r -> r.horizontal() == crossHorizontal).mapToDouble(Ruling::start).min()
        .orElse(Double.NaN);
    double max = group.stream().filter(r -> r.horizontal() == crossHorizontal).mapToDouble(Ruling::end).max()
        .orElse(Double.NaN);
    if (Double.isNaN(min)) {
      return;
    }
    double lo = group.stream().filter(r -> r.horizontal() == crossHorizontal).mapToDouble(Ruling::position).min()
        .orElseThrow();
    double hi = group.stream().filter(r -> r.horizontal() == crossHorizontal).mapToDouble(Ruling::position).max()
        .orElseThrow();
    if (bounds.isEmpty() || min < bounds.get(0) - SAME) {
      bounds.add(0, min);
      rulings.add(new Ruling(!crossHorizontal, min, lo, hi));
    }
    if (max > bounds.get(bounds.size() - 1) + SAME) {
      bounds.add(max);
      rulings.add(new Ruling(!crossHorizontal, max, lo, hi));
    }
  }

  private int rows() {
    return ys.size() - 1;
  }

  private int cols() {
    return xs.size() - 1;
  }

  /** Joins slots across every lattice boundary that is not drawn. */
  private int[] merge() {
    int[] parent = new int[rows() * cols()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (int r = 0; r < rows(); r++) {
      for (int c = 0; c < cols(); c++) {
        if (c + 1 < cols() && !drawn(false, xs.get(c + 1), ys.get(r), ys.get(r + 1))) {
          join(parent, r * cols() + c, r * cols() + c + 1);
        }
        if (r + 1 < rows() && !drawn(true, ys.get(r + 1), xs.get(c), xs.get(c + 1))) {
          join(parent, r * cols() + c, (r + 1) * cols() + c);
        }
      }
    }
    for (int i = 0; i < parent.length; i++) {
      parent[i] = root(parent, i);
    }
    return parent;
  }

  private boolean drawn(boolean horizontal, double position, double a, double b) {
    for (Ruling r : rulings) {
      if (r.horizontal() == horizontal && Math.abs(r.position() - position) <= SAME && r.covers(a, b)) {
        return true;
      }
    }
    return false;
  }

  /** Joins two sets keeping the smaller index (the top-left slot in row-major order) as the root. */
  private static void join(int[] parent, int a, int b) {
    int ra = root(parent, a);
    int rb = root(parent, b);
    parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      i = parent[i];
    }
    return i;
  }

  /** Places the glyphs lying in the table into their cells and builds the grid. */
  PageTable fill(int page, List<Glyph> glyphs) {
    List<List<Glyph>> inSlot = new ArrayList<>();
    for (int i = 0; i < owner.length; i++) {
      inSlot.add(new ArrayList<>());
    }
    for (Glyph g : glyphs) {
      int c = slot(xs, g.centreX());
      int r = slot(ys, g.centreY());
      if (r >= 0 && c >= 0) {
        inSlot.get(owner[r * cols() + c]).add(g);
      }
    }
    List<List<GridCell>> rows = new ArrayList<>();
    for (int r = 0; r < rows(); r++) {
      List<GridCell> row = new ArrayList<>();
      for (int c = 0; c < cols(); c++) {
        int i = r * cols() + c;
        Location where = Location.of(page, extent(owner[i]));
        row.add(owner[i] == i ? GridCell.of(cellText(inSlot.get(i)), where) : GridCell.covered(where));
      }
      rows.add(row);
    }
    Location table = Location.of(page, Lattice.box(xs, ys, 0, 0, rows() - 1, cols() - 1));
    return new PageTable(new Grid(rows, table), xs);
  }

  /** The box of the merged cell whose top-left slot is {@code anchor}. */
  private io.gongkai.model.Box extent(int anchor) {
    int r0 = rows(), c0 = cols(), r1 = -1, c1 = -1;
    for (int i = 0; i < owner.length; i++) {
      if (owner[i] == anchor) {
        r0 = Math.min(r0, i / cols());
        r1 = Math.max(r1, i / cols());
        c0 = Math.min(c0, i % cols());
        c1 = Math.max(c1, i % cols());
      }
    }
    return Lattice.box(xs, ys, r0, c0, r1, c1);
  }

  /** The text of a cell: its lines joined by line breaks. */
  static String cellText(List<Glyph> glyphs) {
    StringBuilder out = new StringBuilder();
    for (TextLine line : Lines.of(glyphs)) {
      String text = line.text();
      if (!text.isEmpty()) {
        out.append(out.length() == 0 ? "" : "\n").append(text);
      }
    }
    return out.toString();
  }

  /** The index of the interval of {@code bounds} holding {@code v}, or -1 outside. */
  private static int slot(List<Double> bounds, double v) {
    if (v < bounds.get(0) || v > bounds.get(bounds.size() - 1)) {
      return -1;
    }
    for (int i = 1; i < bounds.size(); i++) {
      if (v <= bounds.get(i)) {
        return i - 1;
      }
    }
    return bounds.size() - 2;
  }
}
