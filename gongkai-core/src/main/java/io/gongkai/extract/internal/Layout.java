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

  /**
   * Items on one line separated by tabs or pipes, where the fields between the first and the last delimiter are exactly
   * the columns. An empty field between two values is an empty cell; an empty field at either end is not trusted,
   * since merged label cells leave spacer fields there ({@code 四、结转…\t\t0\t0…}).
   */
  private static int[] byFields(String text, int regionStart, List<Item> items, int k) {
    int line = items.get(0).line();
    if (items.stream().anyMatch(it -> it.line() != line)) {
      return null;
    }
    int lineStart = line == 0 ? regionStart : text.lastIndexOf('\n', items.get(0).start()) + 1;
    int lineEnd = text.indexOf('\n', items.get(items.size() - 1).end());
    String segment = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
    char delimiter = segment.indexOf('|') >= 0 ? '|' : '\t';
    List<String> fields = new java.util.ArrayList<>(List.of(segment.split(java.util.regex.Pattern.quote(
        String.valueOf(delimiter)), -1)));
    int offset = 0;
    if (fields.size() > 1 && fields.get(0).isBlank()) {
      fields.remove(0); // the rest of the label's cell, or the indent before a leading delimiter
      offset = 1;
    } else if (line == 0) {
      return null;
    }
    if (fields.size() > 1 && fields.get(fields.size() - 1).isBlank()) {
      fields.remove(fields.size() - 1); // the delimiter that closes the line
    }
    if (fields.size() != k || fields.get(0).isBlank() || fields.get(k - 1).isBlank()) {
      return null;
    }
    return place(items, offset, k);
  }

  /**
   * The column of each item of a row of a table grid (a Word, HTML, PDF or scanned table), whose tab-separated fields
   * are exactly its slots, empty ones included. The row's values fill either its last {@code k} slots (empty spacer
   * slots of merged label cells before them) or the first {@code k} after the label (empty padding after them, in a
   * block narrower than the grid); when both fit and place the items differently, the layout does not decide.
   *
   * @return the slots, an empty array for a row whose value slots are all empty, or null when undecided
   */
  static int[] gridSlots(String text, int regionStart, List<Item> items, int k, int[] columns) {
    if (items.stream().anyMatch(it -> it.line() != 0)) {
      return null;
    }
    int lineEnd = text.indexOf('\n', regionStart);
    String[] cells = text.substring(regionStart, lineEnd < 0 ? text.length() : lineEnd).split("\t", -1);
    int fields = cells.length - 1;
    if (fields < k) {
      return null;
    }
    if (!valuesOnly(cells, 1, items)) {
      return null; // text that is not a value stands in a slot: the row is not what it seems
    }
    if (columns != null) {
      return underHeader(items, fieldAt(text, regionStart), columns);
    }
    int[] last = place(items, fields - k + 1, k);
    int[] first = place(items, 1, k);
    if (last != null && first != null && !java.util.Arrays.equals(last, first)) {
      return null;
    }
    return last != null ? last : first;
  }

  /**
   * The column of each item when a block's values fill the whole grid row after the region's first line (Table 4,
   * whose one row of values follows its header): its tab-separated fields are exactly the {@code k} columns.
   */
  static int[] gridLineSlots(String text, int regionStart, List<Item> items, int k) {
    if (items.stream().anyMatch(it -> it.line() != 1)) {
      return null;
    }
    int lineStart = text.indexOf('\n', regionStart) + 1;
    if (lineStart == 0) {
      return null;
    }
    int lineEnd = text.indexOf('\n', lineStart);
    String[] cells = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd).split("\t", -1);
    if (cells.length != k || !valuesOnly(cells, 0, items)) {
      return null;
    }
    return place(items, 0, k);
  }

  /** Whether every non-empty field from {@code first} on holds an item: no text that is not a value. */
  private static boolean valuesOnly(String[] cells, int first, List<Item> items) {
    for (int f = first; f < cells.length; f++) {
      int field = f;
      if (!cells[f].isBlank() && items.stream().noneMatch(it -> it.field() == field)) {
        return false;
      }
    }
    return true;
  }

  /** Each item's column by the header slot it stands under; null when one stands under no column. */
  private static int[] underHeader(List<Item> items, int firstField, int[] columns) {
    int[] s = new int[items.size()];
    for (int i = 0; i < s.length; i++) {
      int field = firstField + items.get(i).field();
      s[i] = -1;
      for (int c = 0; c < columns.length; c++) {
        s[i] = columns[c] == field ? c : s[i];
      }
      if (s[i] < 0 || (i > 0 && s[i] <= s[i - 1])) {
        return null;
      }
    }
    return s;
  }

  /** The 0-based tab-separated field of its line that an offset stands in. */
  static int fieldAt(String text, int offset) {
    int field = 0;
    for (int i = offset - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
      field += text.charAt(i) == '\t' ? 1 : 0;
    }
    return field;
  }

  /** Each item's slot when the row's values start at field {@code base}; null when an item falls outside. */
  private static int[] place(List<Item> items, int base, int k) {
    int[] s = new int[items.size()];
    for (int i = 0; i < s.length; i++) {
      s[i] = items.get(i).field() - base;
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
