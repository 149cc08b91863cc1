package io.gongkai.ingest.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A drawn horizontal or vertical line (or a thin filled rectangle) in top-left page coordinates.
 *
 * @param horizontal whether the line runs left to right
 * @param position y of a horizontal line, x of a vertical one
 * @param start smaller end along the line
 * @param end larger end along the line
 */
record Ruling(boolean horizontal, double position, double start, double end) {
  /** Lines closer than this are one line: double borders and anti-aliasing offsets. */
  static final double SNAP = 1.5;

  /** Whether this line covers the middle half of the interval [a, b] along its direction. */
  boolean covers(double a, double b) {
    double quarter = (b - a) / 4;
    return start <= a + quarter && end >= b - quarter;
  }

  /**
   * Joins collinear pieces: lines of one direction at nearly the same position become one, and pieces that overlap or
   * touch along it are joined. Tables are often drawn cell border by cell border.
   */
  static List<Ruling> merge(List<Ruling> rulings) {
    List<Ruling> sorted = new ArrayList<>(rulings);
    sorted.sort(Comparator.comparing(Ruling::horizontal).thenComparingDouble(Ruling::position)
        .thenComparingDouble(Ruling::start));
    List<Ruling> out = new ArrayList<>();
    int i = 0;
    while (i < sorted.size()) {
      int j = i;
      while (j + 1 < sorted.size() && sorted.get(j + 1).horizontal == sorted.get(i).horizontal
          && sorted.get(j + 1).position - sorted.get(j).position <= SNAP) {
        j++;
      }
      out.addAll(joinAlong(sorted.subList(i, j + 1)));
      i = j + 1;
    }
    return out;
  }

  private static List<Ruling> joinAlong(List<Ruling> group) {
    double position = group.stream().mapToDouble(Ruling::position).average().orElseThrow();
    List<Ruling> byStart = new ArrayList<>(group);
    byStart.sort(Comparator.comparingDouble(Ruling::start));
    List<Ruling> out = new ArrayList<>();
    double start = byStart.get(0).start;
    double end = byStart.get(0).end;
    for (Ruling r : byStart.subList(1, byStart.size())) {
      if (r.start > end + SNAP) {
        out.add(new Ruling(group.get(0).horizontal, position, start, end));
        start = r.start;
      }
      end = Math.max(end, r.end);
    }
    out.add(new Ruling(group.get(0).horizontal, position, start, end));
    return out;
  }
}
