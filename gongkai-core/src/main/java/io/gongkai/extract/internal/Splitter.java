package io.gongkai.extract.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a number whose cells ran together ({@code 170000017}) into pieces. Only the sign and the integer digits are
 * cut; a decimal part and a unit stay with the last piece. No piece other than {@code 0} starts with 0, since no report
 * prints a count with a leading zero.
 */
final class Splitter {
  private Splitter() {}

  /** The most pieces an item can be cut into. */
  static int maxPieces(Item item) {
    return item.isBlank() ? 1 : integerDigits(item.text()).length();
  }

  /** Every way to cut {@code item} into exactly {@code parts} pieces. */
  static List<List<Piece>> cuts(Item item, int parts) {
    List<List<Piece>> out = new ArrayList<>();
    if (item.isBlank()) {
      if (parts == 1) {
        out.add(List.of(new Piece(item.text(), item.start(), item.end(), true)));
      }
      return out;
    }
    String text = item.text();
    int signLen = text.startsWith("+") || text.startsWith("-") ? 1 : 0;
    int digitsEnd = signLen + integerDigits(text).length();
    cut(item, signLen, digitsEnd, signLen, parts, new ArrayList<>(), out);
    return out;
  }

  private static void cut(Item item, int signLen, int digitsEnd, int from, int parts, List<Piece> acc,
      List<List<Piece>> out) {
    String text = item.text();
    if (out.size() > RowCandidates.LIMIT) {
      return; // more ways than a row may have readings: the caller gives up on the row anyway
    }
    if (parts == 1) {
      addPiece(item, acc.isEmpty() ? 0 : from, text.length(), acc, out);
      return;
    }
    int maxEnd = digitsEnd - (parts - 1);
    for (int end = from + 1; end <= maxEnd; end++) {
      int pieceStart = acc.isEmpty() ? 0 : from;
      if (!validDigits(text.substring(Math.max(pieceStart, signLen), end))) {
        continue;
      }
      acc.add(new Piece(text.substring(pieceStart, end), item.start() + pieceStart, item.start() + end, false));
      cut(item, signLen, digitsEnd, end, parts - 1, acc, out);
      acc.remove(acc.size() - 1);
    }
  }

  private static void addPiece(Item item, int from, int to, List<Piece> acc, List<List<Piece>> out) {
    String text = item.text().substring(from, to);
    String digits = integerDigits(text);
    if (!validDigits(digits)) {
      return;
    }
    List<Piece> done = new ArrayList<>(acc);
    done.add(new Piece(text, item.start() + from, item.start() + to, false));
    out.add(done);
  }

  private static boolean validDigits(String digits) {
    return !digits.isEmpty() && (digits.length() == 1 || digits.charAt(0) != '0');
  }

  /** The integer digits of a printed number, without sign, decimal part or unit. */
  static String integerDigits(String text) {
    int i = text.startsWith("+") || text.startsWith("-") ? 1 : 0;
    int j = i;
    while (j < text.length() && Character.isDigit(text.charAt(j))) {
      j++;
    }
    return text.substring(i, j);
  }
}
