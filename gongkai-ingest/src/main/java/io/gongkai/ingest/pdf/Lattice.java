package io.gongkai.ingest.pdf;

import io.gongkai.model.Box;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds ruled tables: rulings that touch each other form a table; their positions give the cell lattice, and a
 * lattice boundary that is not drawn joins the two slots beside it into one merged cell.
 */
final class Lattice {
  /** How far apart a line end and a crossing line may be and still touch. */
  private static final double TOUCH = 2.5;

  private Lattice() {}

  /** The ruled tables on a page, top to bottom. */
  static List<PageTable> find(int page, List<Ruling> rulings, List<Glyph> glyphs) {
    List<PageTable> tables = new ArrayList<>();
    for (List<Ruling> group : touching(rulings)) {
      LatticeGrid lattice = LatticeGrid.of(group);
      if (lattice != null) {
        tables.add(lattice.fill(page, glyphs));
      }
    }
    tables.sort((a, b) -> Double.compare(a.box().y(), b.box().y()));
    return tables;
  }

  /** Groups rulings into sets that are connected through crossings. */
  private static List<List<Ruling>> touching(List<Ruling> rulings) {
    int n = rulings.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (touch(rulings.get(i), rulings.get(j))) {
          parent[find(parent, i)] = find(parent, j);
        }
      }
    }
    List<List<Ruling>> groups = new ArrayList<>();
    int[] index = new int[n];
    java.util.Arrays.fill(index, -1);
    for (int i = 0; i < n; i++) {
      int root = find(parent, i);
      if (index[root] < 0) {
        index[root] = groups.size();
        groups.add(new ArrayList<>());
      }
      groups.get(index[root]).add(rulings.get(i));
    }
    return groups;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static boolean touch(Ruling a, Ruling b) {
    if (a.horizontal() == b.horizontal()) {
      return false;
    }
    return b.position() >= a.start() - TOUCH && b.position() <= a.end() + TOUCH
        && a.position() >= b.start() - TOUCH && a.position() <= b.end() + TOUCH;
  }

  /** The bounding box of a slot range, for locations. */
  static Box box(List<Double> xs, List<Double> ys, int r0, int c0, int r1, int c1) {
    return new Box(xs.get(c0), ys.get(r0), xs.get(c1 + 1) - xs.get(c0), ys.get(r1 + 1) - ys.get(r0));
  }
}
