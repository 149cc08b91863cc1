package io.gongkai.validate;

import io.gongkai.extract.Normalizer;
import io.gongkai.schema.BlockSpec;
import io.gongkai.schema.Edition;
import io.gongkai.schema.EditionSpec;
import io.gongkai.schema.TableSpec;
import io.gongkai.schema.Template;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How much of one text another repeats, for X5 (雷同): the share of the text's four-character shingles that the other
 * text also has. Layout, punctuation and figures are left out first, so a copy with the year and the numbers changed
 * still counts as a copy (the figures are compared by the table rules); and so are the template's own words (table
 * labels, headings), which every report prints alike.
 */
public final class TextSimilarity {
  /** Shingle length: four characters are a short Chinese phrase. */
  private static final int K = 4;
  /** Texts with fewer shingles of their own than this say too little to call a copy. */
  static final int MIN_SHINGLES = 40;
  /** Stands where a template word was taken out; no shingle spans it. */
  private static final char GAP = '|';
  /** The template's words, cleaned as texts are, longest first so that a label goes before the words inside it. */
  private static final Pattern GROUP_NUMBER = Pattern.compile("^（[一二三四五六七八九十]+）");
  private static final List<String> TEMPLATE = templateWords();

  private TextSimilarity() {}

  /**
   * The share (0 to 1) of {@code text}'s shingles found in {@code other}; 0 when either has fewer than {@link
   * #MIN_SHINGLES} shingles of its own words.
   */
  public static double repeated(String text, String other) {
    return repeated(text, other, MIN_SHINGLES);
  }

  /** As {@link #repeated(String, String)}, for texts of at least {@code minShingles} shingles of their own words. */
  static double repeated(String text, String other, int minShingles) {
    Set<String> ours = shingles(words(text));
    Set<String> theirs = shingles(words(other));
    if (ours.size() < minShingles || theirs.size() < minShingles) {
      return 0;
    }
    int shared = 0;
    for (String s : ours) {
      shared += theirs.contains(s) ? 1 : 0;
    }
    return (double) shared / ours.size();
  }

  /** The text's own words: letters in simplified script, without figures and without the template's words. */
  static String words(String text) {
    String words = letters(text);
    for (String w : TEMPLATE) {
      if (words.contains(w)) {
        words = words.replace(w, String.valueOf(GAP));
      }
    }
    return words;
  }

  private static String letters(String text) {
    if (text == null) {
      return "";
    }
    String n = Normalizer.simplified(Normalizer.normalize(text));
    StringBuilder b = new StringBuilder(n.length());
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (Character.isLetter(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static List<String> templateWords() {
    Template t = Template.standard();
    List<String> words = new ArrayList<>();
    t.sections().forEach(s -> words.add(s.heading()));
    for (Edition e : Edition.values()) {
      for (TableSpec table : t.edition(e).map(EditionSpec::tables).orElse(List.of())) {
        words.add(table.heading());
        for (BlockSpec b : table.blocks()) {
          b.caption().ifPresent(words::add);
          words.addAll(b.headers());
          words.addAll(b.groups());
          words.addAll(b.sideBySide());
          b.rows().forEach(r -> {
            words.add(r.label());
            // Sub-rows are often printed under their group without its number: 1.属于国家秘密.
            words.add(GROUP_NUMBER.matcher(r.label()).replaceFirst(""));
            words.addAll(r.aliases());
          });
          b.columns().forEach(c -> {
            words.add(c.label());
            words.addAll(c.aliases());
          });
        }
      }
    }
    return words.stream().map(TextSimilarity::letters).filter(w -> w.length() >= 2).distinct()
        .sorted(Comparator.comparingInt(String::length).reversed()).toList();
  }

  private static Set<String> shingles(String s) {
    Set<String> out = new HashSet<>();
    for (int i = 0; i + K <= s.length(); i++) {
      String shingle = s.substring(i, i + K);
      if (shingle.indexOf(GAP) < 0) {
        out.add(shingle);
      }
    }
    return out;
  }
}
