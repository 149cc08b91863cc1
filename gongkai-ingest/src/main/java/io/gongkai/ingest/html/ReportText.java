package io.gongkai.ingest.html;

import io.gongkai.ingest.Blanks;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Text that marks the report itself rather than the site around it: the title (a year and 年度报告) and the numbered
 * section headings of the template. Link text does not count, so a "related reports" list marks nothing.
 */
final class ReportText {
  /** The words a title ends with. */
  private static final List<String> TITLE_WORDS = List.of("年度报告", "年报告", "年度工作报告");
  private static final Pattern TITLE = Pattern.compile(
      ".*([0-9０-９]{4}|二[〇零○Ｏ〇][一二三四五六七八九〇零○]{2}).*(" + String.join("|", TITLE_WORDS) + ").*");
  /** The numerals a section heading starts with. */
  private static final String NUMERALS = "一二三四五六七八九十";
  private static final Pattern HEADING = Pattern.compile("[" + NUMERALS + "]{1,2}\\s*[、．.]\\s*"
      + ".*(总体情况|概述|主动公开|依申请|收到和处理|行政复议|存在的主要问题|存在问题|其他需要报告|收费).*");
  /** Titles and headings are short; a long paragraph mentioning them is narrative. */
  private static final int MAX_LENGTH = 100;

  private ReportText() {}

  /** Whether the text (outside links) of {@code e}, trimmed, is a report title or section heading. */
  static boolean isAnchor(Element e) {
    StringBuilder out = new StringBuilder();
    if (!append(e, out, new int[] {MAX_LENGTH})) {
      return false;
    }
    Clues clues = new Clues();
    clues.add(out.toString());
    if (!clues.mayBeAnchor()) {
      return false;
    }
    String text = Blanks.trim(collapseWhitespace(out));
    return text.length() <= MAX_LENGTH && (isHeading(text) || isTitle(text));
  }

  /** The text with each run of whitespace ({@code \s}) as one space. */
  private static String collapseWhitespace(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isWhitespace(c)) {
        out.append(c);
      } else if (i == 0 || !isWhitespace(text.charAt(i - 1))) {
        out.append(' ');
      }
    }
    return out.toString();
  }

  // The patterns backtrack over the whole text, so a look at its first character or for a title's words comes first.
  private static boolean isHeading(String text) {
    return !text.isEmpty() && NUMERALS.indexOf(text.charAt(0)) >= 0 && HEADING.matcher(text).matches();
  }

  private static boolean isTitle(String text) {
    return TITLE_WORDS.stream().anyMatch(text::contains) && TITLE.matcher(text).matches();
  }

  /**
   * What rules a text out as a title or heading without building it, gathered piece by piece in reading order: how
   * many visible characters it has, its first character that is not blank, and whether it holds a 报 (every title
   * ends in 报告) and a numbering mark 、, ． or '.' (every heading has one after its numeral).
   */
  static final class Clues {
    private int visible;
    private boolean started;
    private char first;
    private boolean report;
    private boolean numbering;

    /** Adds a piece of text that follows what was added so far; gives how many visible characters it has. */
    int add(String text) {
      int before = visible;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        boolean plain = TextStats.isPlainlyVisible(c);
        visible += plain || !Character.isWhitespace(c) ? 1 : 0;
        if (!started && (plain || !Blanks.isBlank(c))) {
          started = true;
          first = c;
        }
        report |= c == '报';
        numbering |= c == '、' || c == '．' || c == '.';
      }
      return visible - before;
    }

    /** Adds the clues of a text that follows what was added so far. */
    void add(Clues next) {
      visible += next.visible;
      if (!started && next.started) {
        started = true;
        first = next.first;
      }
      report |= next.report;
      numbering |= next.numbering;
    }

    /** False when {@link #isAnchor} is false for every text with these clues. */
    boolean mayBeAnchor() {
      return visible <= MAX_LENGTH && (report || numbering && started && NUMERALS.indexOf(first) >= 0);
    }
  }

  /** Whitespace as the patterns' {@code \s} has it. */
  private static boolean isWhitespace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** Whether the text below {@code e} is part of its ancestors' text: not for links, scripts and the like. */
  static boolean countsText(Element e) {
    return !e.normalName().equals("a") && !Tags.DROPPED.contains(e.normalName());
  }

  /** Whether {@code e} holds a report title or heading in any of its elements. */
  static boolean containsAnchor(Element e) {
    for (Element d : e.getAllElements()) {
      if (isAnchor(d)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Appends the text outside links; false as soon as it has more visible characters than {@code budget[0]} allows,
   * which no anchor has, so that asking about a large element costs no more than asking about a small one.
   */
  private static boolean append(Node node, StringBuilder out, int[] budget) {
    if (node instanceof TextNode t) {
      String text = t.getWholeText();
      for (int i = 0; i < text.length(); i++) {
        if (!Character.isWhitespace(text.charAt(i)) && --budget[0] < 0) {
          return false;
        }
      }
      out.append(text);
      return true;
    }
    if (node instanceof Element e && countsText(e)) {
      for (int i = 0; i < e.childNodeSize(); i++) {
        if (!append(e.childNode(i), out, budget)) {
          return false;
        }
      }
    }
    return true;
  }
}
