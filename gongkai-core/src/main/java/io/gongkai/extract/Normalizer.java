package io.gongkai.extract;

import com.hankcs.hanlp.HanLP;
import java.text.Normalizer.Form;

/**
 * Folds the variants a report's text comes in to one form, keeping every character at its offset so that spans found
 * in the normalised text point into the original: full-width digits and brackets, U+3000 and no-break spaces, Kangxi
 * radicals from PDF converters (⼀ U+2F00 → 一), and traditional script (via HanLP).
 */
public final class Normalizer {
  /** Characters HanLP changes on their own: a text with none of them is already simplified (most reports). */
  private static final class Traditional {
    static final java.util.BitSet CHARS = build();

    private static java.util.BitSet build() {
      java.util.BitSet set = new java.util.BitSet(0xA000);
      for (char c = 0x3400; c <= 0x9FFF; c++) {
        String s = HanLP.convertToSimplifiedChinese(String.valueOf(c));
        if (s.length() != 1 || s.charAt(0) != c) {
          set.set(c);
        }
      }
      return set;
    }
  }

  private Normalizer() {}

  /** Whether the text holds a character of the traditional script. */
  public static boolean hasTraditional(String text) {
    Last l = last;
    if (l.in() == text) {
      return l.traditional();
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x3400 && c <= 0x9FFF && Traditional.CHARS.get(c)) {
        return true;
      }
    }
    return false;
  }

  /** The text in simplified script (unchanged, and not copied, when it has no traditional character). */
  public static String simplified(String text) {
    return text == null || !hasTraditional(text) ? text : HanLP.convertToSimplifiedChinese(text);
  }

  /**
   * The last text normalised, its result, and whether the text holds traditional characters: a report's text is
   * normalised by the extractor, then looked at again by the checks.
   */
  private record Last(String in, String out, boolean traditional) {}

  private static volatile Last last = new Last(null, null, false);

  /** The normalised text, of the same length as {@code text}. */
  public static String normalize(String text) {
    Last l = last;
    if (l.in() == text) {
      return l.out();
    }
    Last folded = fold(text);
    if (text.length() > 256) {
      last = folded;
    }
    return folded.out();
  }

  /** Folds every character and, in the same pass, notes traditional characters before and after folding. */
  private static Last fold(String text) {
    char[] out = new char[text.length()];
    boolean foldedTraditional = false;
    boolean originalTraditional = false;
    for (int i = 0; i < text.length(); i++) {
      char o = text.charAt(i);
      char c = foldChar(o);
      out[i] = c;
      if (c >= 0x3400 && c <= 0x9FFF && Traditional.CHARS.get(c)) {
        foldedTraditional = true;
        originalTraditional |= c == o;
      } else if (c != o && o >= 0x3400 && o <= 0x9FFF && Traditional.CHARS.get(o)) {
        originalTraditional = true;
      }
    }
    String folded = new String(out);
    return new Last(text, foldedTraditional ? simplify(folded) : folded, originalTraditional);
  }

  /** Characters that fold to one other character under NFKC, in the ranges reports bring them from. */
  private static final class Compatibility {
    static final int FIRST = 0x2E80;
    static final char[] TABLE = build();

    private static char[] build() {
      char[] table = new char[0xFFFF - FIRST + 1];
      for (int c = FIRST; c <= 0xFFFF; c++) {
        char ch = (char) c;
        boolean folds = (c >= 0xFF01 && c <= 0xFF5E) || (c >= 0x2F00 && c <= 0x2FDF) || (c >= 0x2E80 && c <= 0x2EFF)
            || (c >= 0xF900 && c <= 0xFAFF);
        String n = folds ? java.text.Normalizer.normalize(String.valueOf(ch), Form.NFKC) : "";
        table[c - FIRST] = n.length() == 1 ? n.charAt(0) : ch;
      }
      return table;
    }
  }

  /** Folds one character; characters whose folding is not a single character are kept. */
  static char foldChar(char c) {
    if (c < 0x80) {
      return c == '\t' || c == '\n' ? c : (Character.isWhitespace(c) ? ' ' : c);
    }
    if (c == '\u3000' || c == '\u00A0' || c == '\u2002' || c == '\u2003' || c == '\u2009' || c == '\u200B'
        || c == '\uFEFF') {
      return ' ';
    }
    if (c == '\u2014' || c == '\u2015' || c == '\u2500') {
      return '—';
    }
    if (c >= Compatibility.FIRST && (c <= 0x2FDF || c >= 0xF900)) {
      return Compatibility.TABLE[c - Compatibility.FIRST];
    }
    return c;
  }

  /** Traditional → simplified, kept only where it maps character for character (offsets must not move). */
  private static String simplify(String s) {
    String simplified = HanLP.convertToSimplifiedChinese(s);
    if (simplified.length() == s.length()) {
      return simplified;
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      String one = HanLP.convertToSimplifiedChinese(String.valueOf(s.charAt(i)));
      b.append(one.length() == 1 ? one.charAt(0) : s.charAt(i));
    }
    return b.toString();
  }
}
