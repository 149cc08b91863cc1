package io.gongkai.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Removes a government site's chrome around a report: scripts and widgets, hidden elements, headers, footers and
 * forms that hold no report, the small boxes marked by chrome words ({@link ChromeBoxes}) and related-link lists. A
 * box is removed only when it is small, holds no table and no report title or heading, so a bare report with none of
 * these keeps everything.
 *
 * <p>A page is read three times: once down to drop elements and note the texts that may be chrome words, once around
 * those texts to find their boxes, and once from the leaves up to count links, which also finds the titles and
 * headings and the tables of what is left for {@link ArticleFinder}.
 */
final class Chrome {
  private static final Pattern HIDDEN = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden"
      + "|mso-hide\\s*:\\s*all");
  /** A header or form with more text than this is holding the page, not chrome. */
  private static final int WRAPPER_TEXT = 500;
  private static final double LINK_SHARE = 0.7;
  private static final int LIST_LINKS = 3;

  private Chrome() {}

  /** Strips the chrome from {@code body}; gives the landmarks of what is left. */
  static Landmarks strip(Element body) {
    List<TextNode> mayMark = removeDropped(body);
    for (Element box : ChromeBoxes.of(mayMark, body)) {
      box.remove();
    }
    return Landmarks.gather(body, Chrome::isLinkList);
  }

  /**
   * Removes dropped elements, parents before children, so that a removed element's subtree is not looked at and an
   * element is judged with its own subtree still whole. Gives the texts left that {@link ChromeBoxes#mayMark may mark
   * chrome}, in document order: the texts before a removal are never inside it.
   */
  private static List<TextNode> removeDropped(Element body) {
    List<TextNode> mayMark = new ArrayList<>();
    removeDropped(body, mayMark);
    return mayMark;
  }

  /** A plain recursion over children by index, as in {@link Landmarks}: it reads every element of every page. */
  private static void removeDropped(Element e, List<TextNode> mayMark) {
    int i = 0;
    while (i < e.childNodeSize()) {
      Node child = e.childNode(i);
      if (child instanceof Element c && isDropped(c)) {
        // The next child takes its place.
        c.remove();
        continue;
      }
      if (child instanceof Element c) {
        removeDropped(c, mayMark);
      } else if (child instanceof TextNode t && ChromeBoxes.mayMark(t)) {
        mayMark.add(t);
      }
      i++;
    }
  }

  private static boolean isDropped(Element e) {
    String tag = e.normalName();
    if (Tags.DROPPED.contains(tag) || e.hasAttr("hidden")) {
      return true;
    }
    String style = e.attr("style");
    // The cheap test first: Word pages carry long style attributes on every element, nearly all in lower case.
    if (mayHide(style) && HIDDEN.matcher(style.toLowerCase(Locale.ROOT)).find()) {
      return true;
    }
    return Tags.CHROME_BOXES.contains(tag) && !TextStats.longerThan(e, WRAPPER_TEXT)
        && e.getElementsByTag("table").isEmpty() && !ReportText.containsAnchor(e);
  }

  /**
   * Whether the style holds one of the words that may hide, all in lower or all in upper case. Word pages carry long
   * style attributes on every element, and searching each for six words costs more than the rest of this pass: the
   * rarer words are looked for only when a letter they all have is there, which one quick search for a letter tells.
   */
  private static boolean mayHide(String style) {
    return style.contains("display") || style.contains("hide")
        || style.indexOf('v') >= 0 && style.contains("visibility")
        || style.indexOf('I') >= 0
        && (style.contains("DISPLAY") || style.contains("VISIBILITY") || style.contains("HIDE"));
  }

  /** A list or box made of several links and little else: navigation, related reports, friendly sites. */
  private static boolean isLinkList(TextStats.Stats s) {
    return s.links() >= LIST_LINKS && s.tables() == 0 && s.chars() > 0 && s.linkChars() >= LINK_SHARE * s.chars();
  }
}
