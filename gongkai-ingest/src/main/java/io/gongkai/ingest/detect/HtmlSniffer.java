package io.gongkai.ingest.detect;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells HTML from text by how the text starts, after whitespace, comments and an XML declaration: a document tag
 * ({@code <!doctype html>}, {@code <html>}, {@code <head>}, {@code <body>}, {@code <meta>}) is HTML; a body tag such
 * as {@code <p>} or {@code <table>} is HTML too, but markdown may also start with one, so the caller may decide by name.
 */
final class HtmlSniffer {
  /** The verdict. */
  enum Verdict { HTML, MAYBE_HTML, NOT_HTML }

  private static final Pattern DOCUMENT = Pattern.compile("<(!doctype\\s+html|html|head|body|meta|title)[\\s>/].*",
      Pattern.DOTALL);
  private static final Pattern FRAGMENT = Pattern.compile("<(table|div|p|span|font|center|h[1-6]|br|ul|ol|section"
      + "|article|style|script|link|strong|b|a|img|tbody|tr)[\\s>/].*", Pattern.DOTALL);
  private static final int HEAD = 4096;

  private HtmlSniffer() {}

  static Verdict sniff(String text) {
    String head = skipPrologue(text.substring(0, Math.min(text.length(), HEAD)).toLowerCase(Locale.ROOT));
    if (DOCUMENT.matcher(head).matches()) {
      return Verdict.HTML;
    }
    return FRAGMENT.matcher(head).matches() ? Verdict.MAYBE_HTML : Verdict.NOT_HTML;
  }

  private static String skipPrologue(String s) {
    int i = 0;
    while (true) {
      while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '\uFEFF')) {
        i++;
      }
      String end = s.startsWith("<!--", i) ? "-->" : s.startsWith("<?xml", i) ? "?>" : null;
      if (end == null) {
        return s.substring(i);
      }
      int close = s.indexOf(end, i);
      if (close < 0) {
        return "";
      }
      i = close + end.length();
    }
  }
}
