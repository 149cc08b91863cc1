package io.gongkai.extract.internal;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a row whose label is printed with a slip (2.其他法律行政止公开 for 2.其他法律行政法规禁止公开) in a table grid,
 * where the place pins it down: it must be a cell of the grid row right after the row before it, carry the same item
 * number, and keep most of the label's words in order. The row is then read, and the printed label reported as a
 * variant, instead of its values being lost or run into the row above.
 */
final class MisprintedLabels {
  private static final Pattern ITEM_NUMBER = Pattern.compile("^(\\d+)[.．、]");
  /** Share of the official words a misprint must keep, in order. */
  private static final double KEPT = 0.7;

  private MisprintedLabels() {}

  /** The anchor of the misprinted label on the grid line after the one holding {@code pos}, or null. */
  static Anchor find(String text, TextIndex index, Set<Integer> gridLines, String rowId, String label, int pos,
      int limit) {
    int lineStart = text.indexOf('\n', pos) + 1;
    if (lineStart == 0 || lineStart >= limit || !gridLines.contains(index.line(lineStart) - 1)) {
      return null;
    }
    String words = words(label);
    String number = itemNumber(label);
    if (number == null) {
      return null;
    }
    int lineEnd = text.indexOf('\n', lineStart);
    int end = Math.min(lineEnd < 0 ? text.length() : lineEnd, limit);
    int cellStart = lineStart;
    for (String cell : text.substring(lineStart, end).split("\t", -1)) {
      String printed = cell.strip();
      if (number.equals(itemNumber(printed)) && kept(words(printed), words) >= KEPT * words.length()) {
        int at = text.indexOf(printed, cellStart);
        return new Anchor(rowId, at, at + printed.length(), printed);
      }
      cellStart += cell.length() + 1;
    }
    return null;
  }

  /** The item number (2 of （三）2.其他…) of a label or printed cell, or null. */
  private static String itemNumber(String label) {
    String rest = label.replaceFirst("^[（(][一二三四五六七八九十]+[)）]", "");
    Matcher m = ITEM_NUMBER.matcher(rest);
    return m.find() ? m.group(1) : null;
  }

  /** The label's words: numbering and everything but letters dropped. */
  private static String words(String label) {
    String rest = label.replaceFirst("^[（(][一二三四五六七八九十]+[)）]", "").replaceFirst("^\\d+[.．、]", "");
    return Projection.key(rest);
  }

  /** Length of the longest common subsequence: the official words the printed ones keep, in order. */
  private static int kept(String printed, String official) {
    int[] prev = new int[official.length() + 1];
    for (int i = 1; i <= printed.length(); i++) {
      int[] cur = new int[official.length() + 1];
      for (int j = 1; j <= official.length(); j++) {
        cur[j] = printed.charAt(i - 1) == official.charAt(j - 1) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
      }
      prev = cur;
    }
    return printed.length() > official.length() + 3 ? 0 : prev[official.length()];
  }
}
