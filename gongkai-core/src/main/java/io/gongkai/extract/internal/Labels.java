package io.gongkai.extract.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * How a template label is looked for in a report: the projected key of its words (numbering dropped unless the words
 * alone are too short to be told apart, as in {@code （七）总计}), a shorter key for labels that carry a long
 * parenthetical note, and the numbering that may be printed right before the words.
 */
final class Labels {
  private static final Pattern NUMBERING =
      Pattern.compile("^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\\([一二三四五六七八九十]+\\)|\\d+[.．、])+");
  private static final Pattern LAST_NUMBER = Pattern.compile("(\\d+)[.．、]$");
  private static final Pattern LAST_GROUP = Pattern.compile("[（(]([一二三四五六七八九十]+)[)）]$");
  private static final Pattern LAST_CHINESE = Pattern.compile("([一二三四五六七八九十]+)、$");

  private static final Map<String, List<String>> KEYS = new ConcurrentHashMap<>();
  private static final Map<String, Optional<Pattern>> PREFIXES = new ConcurrentHashMap<>();

  private Labels() {}

  /** The keys to search for, most specific first (computed once per label: labels come from the template). */
  static List<String> keys(String label) {
    return KEYS.computeIfAbsent(label, Labels::computeKeys);
  }

  /** A pattern for the numbering printed immediately before the words, or null when the label has none. */
  static Pattern prefix(String label) {
    return PREFIXES.computeIfAbsent(label, l -> Optional.ofNullable(computePrefix(l))).orElse(null);
  }

  private static List<String> computeKeys(String label) {
    String numbering = numbering(label);
    String words = label.substring(numbering.length());
    List<String> keys = new ArrayList<>();
    String core = Projection.key(words);
    if (core.length() < 4) {
      keys.add(Projection.key(lastNumber(numbering) + words));
      return List.copyOf(keys);
    }
    keys.add(core);
    int paren = Math.max(words.indexOf('（'), words.indexOf('('));
    if (paren >= 4) {
      keys.add(Projection.key(words.substring(0, paren)));
    }
    return List.copyOf(keys);
  }

  /** The printed numbering before the words ({@code （三）1.}), possibly empty. */
  static String numbering(String label) {
    var m = NUMBERING.matcher(label);
    return m.find() ? m.group() : "";
  }

  private static Pattern computePrefix(String label) {
    String numbering = numbering(label);
    var m = LAST_NUMBER.matcher(numbering);
    if (m.find()) {
      return Pattern.compile(m.group(1) + "\\s*[.、,]\\s*$");
    }
    m = LAST_GROUP.matcher(numbering);
    if (m.find()) {
      return Pattern.compile("[(]\\s*" + m.group(1) + "\\s*[)]\\s*$");
    }
    m = LAST_CHINESE.matcher(numbering);
    if (m.find()) {
      return Pattern.compile(m.group(1) + "\\s*[、,.]\\s*$");
    }
    return null;
  }

  private static String lastNumber(String numbering) {
    var m = LAST_NUMBER.matcher(numbering);
    if (m.find()) {
      return m.group(1);
    }
    m = LAST_GROUP.matcher(numbering);
    if (m.find()) {
      return m.group(1);
    }
    m = LAST_CHINESE.matcher(numbering);
    return m.find() ? m.group(1) : "";
  }
}
