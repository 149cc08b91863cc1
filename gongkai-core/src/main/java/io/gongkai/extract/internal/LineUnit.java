package io.gongkai.extract.internal;

import java.util.List;

/**
 * The number of line breaks between two neighbouring cells in a table printed one cell per line (1 when cells follow
 * line by line, 2 when a blank line separates them), or 0 when the table is not printed that way.
 */
final class LineUnit {
  private LineUnit() {}

  static int of(List<List<Item>> rows) {
    int unit = Integer.MAX_VALUE;
    for (List<Item> items : rows) {
      int previous = 0;
      for (Item it : items) {
        int gap = it.line() - previous;
        if (gap <= 0) {
          return 0;
        }
        unit = Math.min(unit, gap);
        previous = it.line();
      }
    }
    return unit == Integer.MAX_VALUE ? 0 : unit;
  }
}
