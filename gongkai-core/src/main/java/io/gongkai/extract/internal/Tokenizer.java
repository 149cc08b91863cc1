package io.gongkai.extract.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the value region of one row into items. A region ends at the first printed text that is not a value (a label
 * the template does not know, or narrative), so prose after a table never becomes a cell.
 */
final class Tokenizer {
  private static final Pattern NUMBER =
      Pattern.compile("[+-]?\\d+(?:\\.\\d+)?(?:\\s?(?:万元|元|件|条|个|项|宗|次))?");
  private static final Pattern BLANK = Pattern.compile("—+|-|/|\\\\|无|空");
  private static final Pattern MARKDOWN_RULE = Pattern.compile(":?-{3,}:?");

  private Tokenizer() {}

  /**
   * The items of a region, and whether it ended on text that is not a value. A region with no items that ends on such
   * text is not known to be empty.
   */
  record Tokens(List<Item> items, boolean cut) {}

  /** The items of {@code text[from, to)}. */
  static Tokens items(String text, int from, int to) {
    List<Item> items = new ArrayList<>();
    int line = 0;
    int field = 0;
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
        field = 0;
        i++;
      } else if (c == '\t' || c == '|') {
        field++;
        i++;
      } else if (Character.isWhitespace(c)) {
        i++;
      } else {
        int end = chunkEnd(text, i, to);
        if (!chunk(text, i, end, line, field, items)) {
          return new Tokens(items, true);
        }
        i = end;
      }
    }
    return new Tokens(items, false);
  }

  private static int chunkEnd(String text, int i, int to) {
    int j = i;
    while (j < to && !Character.isWhitespace(text.charAt(j)) && text.charAt(j) != '|') {
      j++;
    }
    // "461.7 万元": a unit printed after a space belongs to the number.
    if (j < to - 1 && text.charAt(j) == ' ' && Character.isDigit(text.charAt(j - 1))) {
      for (String unit : new String[] {"万元", "元"}) {
        if (text.startsWith(unit, j + 1) && j + 1 + unit.length() <= to) {
          return j + 1 + unit.length();
        }
      }
    }
    return j;
  }

  private static boolean allDigits(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** Splits one chunk into items; false when it holds text that is not a value (the region ends there). */
  private static boolean chunk(String text, int from, int to, int line, int field, List<Item> items) {
    if (allDigits(text, from, to)) {
      items.add(new Item(Item.Kind.NUMBER, text.substring(from, to), from, to, line, field));
      return true;
    }
    String s = text.substring(from, to);
    if (MARKDOWN_RULE.matcher(s).matches() || s.chars().allMatch(ch -> ch == '*' || ch == '#' || ch == ':')) {
      return true;
    }
    if (BLANK.matcher(s).matches()) {
      items.add(new Item(Item.Kind.BLANK, s, from, to, line, field));
      return true;
    }
    int pos = 0;
    Matcher m = NUMBER.matcher(s);
    while (pos < s.length()) {
      if (!m.find(pos) || m.start() != pos) {
        return false;
      }
      items.add(new Item(Item.Kind.NUMBER, m.group(), from + pos, from + m.end(), line, field));
      pos = m.end();
    }
    return true;
  }
}
