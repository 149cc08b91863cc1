package io.gongkai.extract.internal;

import java.util.List;
import java.util.regex.Pattern;

/** Looks template labels up in one normalised text. */
final class Finder {
  private static final String CLOSERS = ")）”\"’]】》>:：";
  private final String text;
  private final Projection projection;

  Finder(String text, Projection projection) {
    this.text = text;
    this.projection = projection;
  }

  String text() {
    return text;
  }

  /** The first occurrence of a label (or any of its variants) in {@code [from, to)}. */
  Anchor find(String row, String label, List<String> variants, int from, int to) {
    Anchor best = findOne(row, label, null, from, to);
    for (String v : variants) {
      Anchor a = findOne(row, v, v, from, to);
      if (a != null && (best == null || a.start() < best.start())) {
        best = a;
      }
    }
    return best;
  }

  private Anchor findOne(String row, String label, String variant, int from, int to) {
    for (String key : Labels.keys(label)) {
      int[] at = projection.find(key, from, to);
      if (at != null) {
        return new Anchor(row, withNumbering(label, at[0], from), closing(at[1], to), variant);
      }
    }
    return null;
  }

  /** Moves the end over closing brackets and quotes that belong to the label ({@code …其他情形）}, {@code 稳定”}). */
  private int closing(int end, int to) {
    int e = end;
    while (e < to && CLOSERS.indexOf(text.charAt(e)) >= 0) {
      e++;
    }
    return e;
  }

  /** Moves the start back over the numbering printed before the words ({@code 4.} in {@code 00000004.保护…}). */
  private int withNumbering(String label, int start, int floor) {
    Pattern prefix = Labels.prefix(label);
    int s = start;
    if (prefix != null) {
      int windowStart = Math.max(floor, start - 12);
      var m = prefix.matcher(text.substring(windowStart, start));
      s = m.find() ? windowStart + m.start() : start;
    }
    // An opening bracket right before belongs to the label too ("(七)总计" is found from 七).
    while (s > floor && (text.charAt(s - 1) == '(' || text.charAt(s - 1) == '（')) {
      s--;
    }
    return s;
  }

  /** The first occurrence of a plain key (already projected) in {@code [from, to)}: {start, end} or null. */
  int[] findKey(String key, int from, int to) {
    return projection.find(key, from, to);
  }
}
