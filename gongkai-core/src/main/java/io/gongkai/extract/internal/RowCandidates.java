package io.gongkai.extract.internal;

import io.gongkai.schema.ValueType;
import java.util.ArrayList;
import java.util.List;

/**
 * Every way the items of one row can fill its columns. When the layout fixes the places (as many items as columns, or
 * separators that keep empty cells), there is one reading; otherwise the items are cut where cells ran together and
 * placed where cells were dropped, and each reading that the column types allow is kept. A null slot is a cell with
 * nothing printed.
 */
final class RowCandidates {
  /** Past this many readings a row is left uncertain without candidates. */
  static final int LIMIT = 20_000;

  private final List<ValueType> types;
  private final int groupWidth;
  private final List<Piece[]> out = new ArrayList<>();
  private boolean overflow;

  private RowCandidates(List<ValueType> types, int groupWidth) {
    this.types = types;
    this.groupWidth = groupWidth;
  }

  /**
   * The readings of a row; {@code slots} are the places the layout fixed for each item, or null when it fixes none. A
   * row with no items that ended on unknown text has no reading: nothing is known about it. With {@code groupWidth}
   * above 0, the columns come in groups of that width ending in a total, and a placement of cut or dropped cells is
   * kept only if every group adds up (blanks as 0), so that long run-together rows stay within reach.
   */
  static Result of(List<Item> items, boolean cut, List<ValueType> types, int[] slots, Mode mode, int groupWidth) {
    RowCandidates rc = new RowCandidates(types, groupWidth);
    int k = types.size();
    if (items.isEmpty() && cut) {
      return new Result(List.of(), false);
    }
    if (slots != null) {
      Piece[] row = new Piece[k];
      for (int i = 0; i < items.size(); i++) {
        row[slots[i]] = whole(items.get(i));
      }
      rc.keep(row);
    } else {
      rc.enumerate(items, k, mode);
    }
    return new Result(rc.out, rc.overflow);
  }

  /**
   * How printed items may fill the columns when the layout does not say.
   *
   * <ul>
   *   <li>{@link #PLACE}: each item is one cell; cells with nothing printed were dropped, so the items may stand in
   *       any columns, in order (delimited text whose empty cells were lost).
   *   <li>{@link #CUT}: the cells ran together: items are cut into exactly as many pieces as columns (crawled text
   *       with no separators, where nothing was dropped).
   *   <li>{@link #CUT_AND_PLACE}: both: cut into at most as many pieces as columns, placed anywhere in order.
   * </ul>
   */
  enum Mode {
    PLACE,
    CUT,
    CUT_AND_PLACE
  }

  /** The readings, and whether there were too many to list. */
  record Result(List<Piece[]> readings, boolean overflow) {}

  static Piece whole(Item item) {
    return new Piece(item.text(), item.start(), item.end(), item.isBlank());
  }

  private void enumerate(List<Item> items, int k, Mode mode) {
    if (mode == Mode.PLACE) {
      if (items.size() <= k) {
        place(items.stream().map(RowCandidates::whole).toList(), k);
      }
      return;
    }
    int max = items.stream().mapToInt(Splitter::maxPieces).sum();
    int low = mode == Mode.CUT ? k : items.size();
    for (int p = low; p <= Math.min(max, k) && !overflow; p++) {
      split(items, 0, p, new ArrayList<>(), k);
    }
  }

  /** Cuts items[i..] into exactly {@code parts} pieces, then places them. */
  private void split(List<Item> items, int i, int parts, List<Piece> acc, int k) {
    if (overflow) {
      return;
    }
    if (i == items.size()) {
      if (parts == 0) {
        place(acc, k);
      }
      return;
    }
    int restMin = items.size() - i - 1;
    int restMax = 0;
    for (int j = i + 1; j < items.size(); j++) {
      restMax += Splitter.maxPieces(items.get(j));
    }
    int hi = Math.min(Splitter.maxPieces(items.get(i)), parts - restMin);
    for (int n = Math.max(1, parts - restMax); n <= hi; n++) {
      List<List<Piece>> cuts = Splitter.cuts(items.get(i), n);
      if (cuts.size() > LIMIT) {
        overflow = true;
        return;
      }
      for (List<Piece> cut : cuts) {
        acc.addAll(cut);
        split(items, i + 1, parts - n, acc, k);
        acc.subList(acc.size() - cut.size(), acc.size()).clear();
      }
    }
  }

  /** Places the pieces, in order, into {@code k} columns (every choice of columns when fewer pieces than columns). */
  private void place(List<Piece> pieces, int k) {
    choose(pieces, 0, 0, new Piece[k]);
  }

  private void choose(List<Piece> pieces, int p, int col, Piece[] row) {
    if (overflow) {
      return;
    }
    if (p == pieces.size()) {
      if (totalsHold(row, col, row.length)) {
        keep(row.clone());
      }
      return;
    }
    for (int c = col; c <= row.length - (pieces.size() - p); c++) {
      if (!totalsHold(row, col, c)) {
        break; // a total left blank before c no longer adds up; placing further right cannot mend it
      }
      if (fits(pieces.get(p), types.get(c))) {
        row[c] = pieces.get(p);
        if (totalsHold(row, c, c + 1)) {
          choose(pieces, p + 1, c + 1, row);
        }
        row[c] = null;
      }
    }
  }

  /** Whether every group whose total column lies in {@code [from, to)} adds up, with what is placed so far. */
  private boolean totalsHold(Piece[] row, int from, int to) {
    if (groupWidth <= 0) {
      return true;
    }
    for (int t = from; t < to; t++) {
      if (t % groupWidth == groupWidth - 1) {
        long sum = 0;
        for (int c = t - groupWidth + 1; c < t; c++) {
          sum += count(row[c]);
        }
        if (sum != count(row[t])) {
          return false;
        }
      }
    }
    return true;
  }

  /** A placed count as a number; nothing printed or a blank mark counts as 0, something unreadable as -1. */
  private static long count(Piece p) {
    if (p == null || p.blank()) {
      return 0;
    }
    String digits = Splitter.integerDigits(p.text());
    return digits.isEmpty() || digits.length() > 18 || p.hasSign() || p.hasDecimalOrUnit() ? -1
        : Long.parseLong(digits);
  }

  private void keep(Piece[] row) {
    if (out.size() >= LIMIT) {
      overflow = true;
      return;
    }
    out.add(row);
  }

  /** Whether a piece can stand in a column of this type at all (a sign only in 本年增/减, decimals only in money). */
  static boolean fits(Piece piece, ValueType type) {
    if (piece.blank()) {
      return true;
    }
    return switch (type) {
      case COUNT -> !piece.hasSign() && !piece.hasDecimalOrUnit();
      case SIGNED -> !piece.hasDecimalOrUnit();
      case WAN_YUAN -> !piece.hasSign();
    };
  }
}
