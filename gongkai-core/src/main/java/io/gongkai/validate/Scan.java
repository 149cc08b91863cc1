package io.gongkai.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a pattern's matches in a long text only where a match can begin, as a cheap test of the text tells. Gives
 * the same matches as {@link Matcher#find()} (leftmost first, not overlapping) while the regular expression engine is
 * started at a handful of places instead of at every character of the report.
 */
final class Scan {
  private Scan() {}

  /**
   * Every match of {@code pattern} in {@code text}, given that a match can only begin at a position {@code canStart}
   * accepts. Lookbehinds see the text before the position.
   */
  static List<MatchResult> matches(Pattern pattern, String text, IntPredicate canStart) {
    List<MatchResult> out = new ArrayList<>();
    Matcher m = pattern.matcher(text).useTransparentBounds(true);
    for (int i = 0; i < text.length(); i++) {
      if (!canStart.test(i)) {
        continue;
      }
      m.region(i, text.length());
      if (m.lookingAt()) {
        out.add(m.toMatchResult());
        i = Math.max(i, m.end() - 1);
      }
    }
    return out;
  }

  /** A test for positions where one of {@code words} begins. */
  static IntPredicate startsWithAny(String text, String... words) {
    return i -> {
      for (String w : words) {
        if (text.startsWith(w, i)) {
          return true;
        }
      }
      return false;
    };
  }

  /** A test for positions where four digits begin (a year), for patterns that open with {@code \d{4}}. */
  static IntPredicate fourDigits(String text) {
    return i -> i + 4 <= text.length() && digit(text.charAt(i)) && digit(text.charAt(i + 1))
        && digit(text.charAt(i + 2)) && digit(text.charAt(i + 3));
  }

  private static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }
}
