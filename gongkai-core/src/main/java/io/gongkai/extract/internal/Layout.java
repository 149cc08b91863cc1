package io.gongkai.extract.internal;

import java.util.List;

/**
 * Where a row's layout itself fixes the column of each item, so that nothing needs guessing: as many items as columns;
 * delimited fields that keep empty cells ({@code | 0 |  | 3 |}); or one cell per line where a run of blank lines
 * stands for an empty cell.
 */
final class Layout {
  private Layout() {}

  /**
   * The column of each item, or null when the layout does not fix them.
   *
   * @param lineUnit the number of line breaks between two consecutive cells in this table, or 0 when not one cell per
   *     line
   */
  static int[] slots(String text, int regionStart, List<Item> items, int k, int lineUnit) {
    int n = items.size();
    if (n == k) {
      int[] s = new int[n];
      for (int i = 0; i < n; i++) {
        s[i] = i;
      }
      return s;
    }
    if (n == 0 || n > k) {
      return null;
    }
    int[] byField = byFields(text, regionStart, items, k);
    return byField != null ? byField : byLines(items, k, lineUnit);
  }

  /** Items on one line separated by tabs or pipes, where the number of fields equals the number of columns. */
  private static int[] byFields(String text, int regionStart, List<Item> items, int k) {
    int line = items.get(0).line();
    if (items.stream().anyMatch(it -> it.line() != line || it.field() < 0)) {
      return null;
    }
    int lineEnd = text.indexOf('\n', items.get(items.size() - 1).end());
    String segment = text.substring(regionStart, lineEnd < 0 ? text.length() : lineEnd);
    if (line > 0) {
      return null;
    }
    char delimiter = segment.indexOf('|') >= 0 ? '|' : '\t';
    int count = 0;
    int lastField = 0;
    for (int i = 0; i < segment.length(); i++) {
      if (segment.charAt(i) == delimiter) {
        count++;
        lastField = i + 1;
      }
    }
    if (segment.substring(lastField).isBlank()) {
      count--;
    }
    if (count != k) {
      return null;
    }
    int[] s = new int[items.size()];
    for (int i = 0; i < s.length; i++) {
      s[i] = items.get(i).field() - 1;
      if (s[i] < 0 || s[i] >= k || (i > 0 && s[i] <= s[i - 1])) {
        return null;
      }
    }
    return s;
  }

  /** One item per line, the first one line unit after the label: gaps of several units are empty cells. */
  private static int[] byLines(List<Item> items, int k, int unit) {
    if (unit <= 0) {
      return null;
    }
    int[] s = new int[items.size()];
    int previousLine = 0;
    int slot = -1;
    for (int i = 0; i < items.size(); i++) {
      int gap = items.get(i).line() - previousLine;
      if (gap <= 0 || gap % unit != 0) {
        return null;
      }
      slot += gap / unit;
      s[i] = slot;
      previousLine = items.get(i).line();
    }
    return slot == k - 1 ? s : null;
  }
}
