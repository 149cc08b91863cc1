package io.gongkai.ingest.html;

import io.gongkai.ingest.Blanks;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Text that marks the report itself rather than the site around it: the title (a year and 年度报告) and the numbered
 * section headings of the template. Link text does not count, so a "related reports" list marks nothing.
 */
final class ReportText {
  private static final Pattern TITLE = Pattern.compile(
      ".*([0-9０-９]{4}|二[〇零○Ｏ〇][一二三四五六七八九〇零○]{2}).*(年度报告|年报告|年度工作报告).*");
  private static final Pattern HEADING = Pattern.compile("[一二三四五六七八九十]{1,2}\\s*[、．.]\\s*"
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
    if (!mayBeAnchor(out)) {
      return false;
    }
    String text = Blanks.trim(out.toString().replaceAll("\\s+", " "));
    return text.length() <= MAX_LENGTH && (HEADING.matcher(text).matches() || TITLE.matcher(text).matches());
  }

  /** Every title ends in 报告 and every heading has a numbering 、 or a dot: most texts need no pattern. */
  private static boolean mayBeAnchor(CharSequence text) {
    String s = text.toString();
    return s.contains("报告") || s.indexOf('、') >= 0 || s.indexOf('．') >= 0 || s.indexOf('.') >= 0;
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
    if (node instanceof Element e && !e.normalName().equals("a") && !Tags.DROPPED.contains(e.normalName())) {
      for (Node child : e.childNodes()) {
        if (!append(child, out, budget)) {
          return false;
        }
      }
    }
    return true;
  }
}
