package io.gongkai.ingest.html;

import java.util.Random;

/**
 * Text as Word's "save as web page" writes it: split over {@code <span lang=EN-US>} runs (inside numbers too), the
 * source wrapped between runs, {@code <o:p>} closers, mso styles and list markers in conditional comments.
 */
final class WordText {
  private WordText() {}

  static String paragraph(String text, Random random) {
    String marker = "";
    String rest = text;
    int mark = text.indexOf('、');
    if (mark > 0 && mark <= 2 && random.nextBoolean()) {
      marker = "<![if !supportLists]><span style='mso-list:Ignore'>" + text.substring(0, mark + 1)
          + "</span><![endif]>";
      rest = text.substring(mark + 1);
    }
    return "<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0'>" + marker + runs(rest, random)
        + "<span lang=EN-US><o:p></o:p></span></p>\n";
  }

  static String cell(String text, Random random) {
    if (text.isEmpty()) {
      return "<p class=MsoNormal align=center><span lang=EN-US><o:p>&nbsp;</o:p></span></p>";
    }
    StringBuilder out = new StringBuilder();
    String[] lines = text.split("\n");
    for (String line : lines) {
      out.append("<p class=MsoNormal align=center style='text-align:center'>").append(runs(line, random))
          .append("<span lang=EN-US><o:p></o:p></span></p>");
    }
    return out.toString();
  }

  /** The text cut into spans at random places; where both sides are Chinese or digits the source wraps there. */
  private static String runs(String text, Random random) {
    StringBuilder out = new StringBuilder();
    int start = 0;
    while (start < text.length()) {
      int end = Math.min(text.length(), start + 1 + random.nextInt(6));
      String piece = SyntheticHtml.escape(text.substring(start, end));
      boolean ascii = piece.chars().allMatch(c -> c < 128);
      out.append(ascii ? "<span lang=EN-US style='font-family:\"Times New Roman\"'>" : "<span style='font-family:仿宋_GB2312'>")
          .append(piece).append("</span>");
      if (end < text.length() && wrappable(text.charAt(end - 1), text.charAt(end)) && random.nextBoolean()) {
        out.append("\n");
      }
      start = end;
    }
    return out.toString();
  }

  private static boolean wrappable(char before, char after) {
    boolean wideOrDigit = (before >= '\u2E80' || after >= '\u2E80')
        || (Character.isDigit(before) && Character.isDigit(after));
    return wideOrDigit && before != ' ' && after != ' ';
  }
}
