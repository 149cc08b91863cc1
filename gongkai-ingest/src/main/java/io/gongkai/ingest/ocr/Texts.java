package io.gongkai.ingest.ocr;

import java.util.Map;
import java.util.regex.Pattern;

/** Tidying and plausibility checks of Tesseract's output. */
final class Texts {
  private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?(%|元|万元)?");
  /** Spaces next to a Chinese character are Tesseract's word splits, not printed spaces. */
  private static final Pattern CJK_SPACE =
      Pattern.compile("(?<=[\\p{IsHan}\\p{InCJKSymbolsAndPunctuation}\\p{InHalfwidthAndFullwidthForms}]) +"
          + "| +(?=[\\p{IsHan}\\p{InCJKSymbolsAndPunctuation}\\p{InHalfwidthAndFullwidthForms}])");
  /** Characters a Chinese report's table does not print; Tesseract makes them of specks and stroke fragments. */
  private static final Pattern ODD = Pattern.compile("[A-Za-z|\\[\\]{}<>~^_`'\"\\\\@#$&*=;”“‘’]");
  /** Glyphs the Chinese model reads for a lone digit. */
  private static final Map<Character, Character> LOOKALIKES = Map.ofEntries(Map.entry('O', '0'),
      Map.entry('o', '0'), Map.entry('Q', '0'), Map.entry('D', '0'), Map.entry('〇', '0'), Map.entry('口', '0'),
      Map.entry('工', '1'), Map.entry('l', '1'), Map.entry('I', '1'), Map.entry('|', '1'), Map.entry('了', '7'),
      Map.entry('S', '5'), Map.entry('Z', '2'), Map.entry('B', '8'), Map.entry('g', '9'));

  private Texts() {}

  /** Trimmed, spaces around Chinese characters removed, each line trimmed, no empty lines. */
  static String tidy(String raw) {
    StringBuilder out = new StringBuilder();
    for (String line : raw.split("\n")) {
      String t = CJK_SPACE.matcher(line.strip()).replaceAll("");
      if (!t.isEmpty()) {
        out.append(out.length() == 0 ? "" : "\n").append(t);
      }
    }
    return out.toString();
  }

  /** A number as tables print them: optional sign, digits, optional decimals and unit. */
  static boolean isNumber(String s) {
    return NUMBER.matcher(s).matches();
  }

  /**
   * Whether a reading needs the digits-only pass: anything but text with at least two Chinese characters, since the
   * Chinese model turns a lone digit into a look-alike character; and an amount with its unit (461.7万元).
   */
  static boolean mayBeNumber(String s) {
    return hanCount(s) < 2 || isNumber(s);
  }

  /** A label: mostly Chinese, nothing Tesseract makes of noise. */
  static boolean plausibleText(String s) {
    return !ODD.matcher(s).find() && hanCount(s) * 2 >= s.replace("\n", "").length();
  }

  /** The reading with digit look-alikes replaced by the digits. */
  static String lookalikeDigits(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      out.append(LOOKALIKES.getOrDefault(c, c));
    }
    return out.toString();
  }

  private static long hanCount(String s) {
    return s.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
  }
}
