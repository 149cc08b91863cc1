package io.gongkai.ingest.html;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A fixed list of words looked for in short texts. A regular expression alternation of them tries every word at
 * every position, about a microsecond for a ten-character text, and chrome detection asks it of most texts of a page;
 * here a position is compared only with the words starting with its character.
 */
final class Words {
  /** The first characters of the words, one per group. */
  private final String firsts;
  /** The same, to tell at once that a character starts no word. */
  private final BitSet starts = new BitSet();
  /** The words, grouped by first character, parallel to {@link #firsts}. */
  private final List<List<String>> groups;

  private Words(String firsts, List<List<String>> groups) {
    this.firsts = firsts;
    this.groups = groups;
    firsts.chars().forEach(starts::set);
  }

  static Words of(List<String> words) {
    StringBuilder firsts = new StringBuilder();
    List<List<String>> groups = new ArrayList<>();
    for (String w : words) {
      int group = firsts.indexOf(w.substring(0, 1));
      if (group < 0) {
        firsts.append(w.charAt(0));
        groups.add(new ArrayList<>());
        group = groups.size() - 1;
      }
      groups.get(group).add(w);
    }
    return new Words(firsts.toString(), groups.stream().map(List::copyOf).toList());
  }

  /** Whether one of the words occurs in {@code text}. */
  boolean foundIn(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (!starts.get(text.charAt(i))) {
        continue;
      }
      int group = firsts.indexOf(text.charAt(i));
      if (group >= 0) {
        for (String w : groups.get(group)) {
          if (text.startsWith(w, i)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The words as a regular expression alternation, for patterns built around them. */
  String alternation() {
    return groups.stream().flatMap(List::stream).map(Pattern::quote).collect(Collectors.joining("|"));
  }
}
