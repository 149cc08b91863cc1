package io.gongkai.ingest.ocr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups ruling lines into tables: horizontal and vertical lines that cross or meet belong to the same table. A group
 * needs two lines each way to enclose a cell; lone rules (under a title, a signature line) are dropped.
 */
final class Tables {
  private Tables() {}

  /** Each table as [horizontal lines, vertical lines]. */
  static List<List<List<Segment>>> group(List<Segment> hs, List<Segment> vs, int tol) {
    int n = hs.size();
    UnionFind sets = new UnionFind(n + vs.size());
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < vs.size(); j++) {
        if (meet(hs.get(i), vs.get(j), tol)) {
          sets.union(i, n + j);
        }
      }
    }
    Map<Integer, List<List<Segment>>> groups = new LinkedHashMap<>();
    for (int i = 0; i < n + vs.size(); i++) {
      List<List<Segment>> g = groups.computeIfAbsent(sets.find(i),
          k -> List.of(new ArrayList<>(), new ArrayList<>()));
      if (i < n) {
        g.get(0).add(hs.get(i));
      } else {
        g.get(1).add(vs.get(i - n));
      }
    }
    return groups.values().stream().filter(g -> g.get(0).size() >= 2 && g.get(1).size() >= 2).toList();
  }

  private static boolean meet(Segment h, Segment v, int tol) {
    int slack = tol + Math.max(h.thickness(), v.thickness());
    return v.pos() >= h.start() - slack && v.pos() <= h.end() + slack
        && h.pos() >= v.start() - slack && h.pos() <= v.end() + slack;
  }
}
