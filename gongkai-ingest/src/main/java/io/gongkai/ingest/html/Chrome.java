package io.gongkai.ingest.html;

import io.gongkai.ingest.Blanks;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Removes a government site's chrome around a report: scripts and widgets, hidden elements, headers, footers and
 * forms that hold no report, and the small boxes of 扫一扫, 分享, 打印, 关闭窗口, the 当前位置 breadcrumb, 上一篇/下一篇,
 * related-link lists and the copyright footer (网站标识码, ICP备, 主办单位). A box is removed only when it is small,
 * holds no table and no report title or heading, so a bare report with none of these keeps everything.
 */
final class Chrome {
  /** Chrome words never found in a report, even in a sentence. */
  private static final List<String> FOOTER_WORDS = List.of("网站标识码", "ICP备", "ICP证", "公网安备", "版权所有");
  private static final Words FOOTER = Words.of(FOOTER_WORDS);
  /** Words that appear in site chrome and not in reports. */
  private static final Words MARKER = Words.of(Stream.concat(FOOTER_WORDS.stream(), Stream.of("扫一扫", "分享到",
      "关闭窗口", "您现在的位置", "上一篇", "下一篇", "主办单位", "承办单位", "技术支持：", "打印本页", "加入收藏", "设为首页",
      "相关链接", "相关文章", "相关阅读", "相关稿件", "浏览次数：", "访问次数：", "阅读次数：", "【字体", "字号：", "【打印】",
      "【关闭】")).toList());
  /** Where-you-are words, which are chrome when a colon or an arrow follows them. */
  private static final Words PLACE_WORDS = Words.of(List.of("当前位置", "您的位置", "所在位置"));
  private static final Pattern PLACE = Pattern.compile("(?:" + PLACE_WORDS.alternation() + ")\\s*[：:>＞]");
  /** Words that are chrome only when they are the whole text of an element (brackets aside). */
  private static final Pattern WHOLE = Pattern.compile("[\\[【(（]?\\s*(打印|关闭|分享|收藏|返回顶部|返回|大|中|小"
      + "|大\\s*中\\s*小|字体|附件下载|附件)\\s*[\\]】)）]?");
  private static final Pattern HIDDEN = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden"
      + "|mso-hide\\s*:\\s*all");
  private static final int MARKER_LINE = 60;
  private static final int MARKER_BLOCK = 120;
  private static final int WHOLE_BLOCK = 30;
  /** A chrome box is at most this long; a footer with address and licences fits. */
  private static final int BOX_TEXT = 300;
  /** A header or form with more text than this is holding the page, not chrome. */
  private static final int WRAPPER_TEXT = 500;
  private static final double LINK_SHARE = 0.7;
  private static final int LIST_LINKS = 3;

  private Chrome() {}

  static void strip(Element body) {
    removeDropped(body);
    for (Element box : markerBoxes(body)) {
      box.remove();
    }
    removeLinkLists(body);
  }

  /**
   * Removes dropped elements, parents before children, so that a removed element's subtree is not looked at and an
   * element is judged with its own subtree still whole.
   */
  private static void removeDropped(Element body) {
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        return node != body && node instanceof Element e && isDropped(e) ? FilterResult.REMOVE : FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        return FilterResult.CONTINUE;
      }
    }, body);
  }

  /**
   * Removes the link lists. Every element is judged on the counts of the page as it was before any removal, so the
   * lists can be collected in one pass and removed after it.
   */
  private static void removeLinkLists(Element body) {
    List<Element> lists = new ArrayList<>();
    TextStats.forEach(body, (e, stats) -> {
      if (e != body && isLinkList(stats)) {
        lists.add(e);
      }
    });
    for (Element list : lists) {
      list.remove();
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

  private static boolean mayHide(String style) {
    return !style.isEmpty() && (style.contains("display") || style.contains("visibility") || style.contains("hide")
        || style.contains("DISPLAY") || style.contains("VISIBILITY") || style.contains("HIDE"));
  }

  private static List<Element> markerBoxes(Element body) {
    List<TextNode> markers = new ArrayList<>();
    NodeTraversor.traverse((NodeVisitor) (node, depth) -> {
      if (node instanceof TextNode t && node.parent() instanceof Element parent && isMarker(t, parent)) {
        markers.add(t);
      }
    }, body);
    if (markers.isEmpty()) {
      return List.of();
    }
    // Nothing is removed until all boxes are found, so the anchors of the page as it is now answer for every box.
    Anchors anchors = Anchors.of(body);
    List<Element> boxes = new ArrayList<>();
    for (TextNode t : markers) {
      Element parent = (Element) t.parent();
      Element box = isBreadcrumb(t) ? breadcrumb(parent, body, anchors) : grow(parent, body, anchors);
      if (box != null && boxes.stream().noneMatch(b -> b == box || box.parents().contains(b))) {
        boxes.add(box);
      }
    }
    return boxes;
  }

  /**
   * Whether a text node is a chrome word in a short block of its own: the same word inside a report sentence (one
   * with a 。), in a Word span holding just 中, or in a table cell is left alone.
   */
  private static boolean isMarker(TextNode t, Element parent) {
    String text = Blanks.trim(t.getWholeText());
    boolean marker = text.length() <= MARKER_LINE && isMarkerWord(text);
    boolean whole = !marker && text.length() <= WHOLE_BLOCK && holdsAny(text, WHOLE_STARTS)
        && WHOLE.matcher(text).matches();
    if (!marker && !whole || inDataTable(parent)) {
      return false;
    }
    String block = Blanks.trim(nearestBlock(parent).text());
    if (block.contains("。") && !FOOTER.foundIn(text)) {
      return false;
    }
    return block.length() <= (marker ? MARKER_BLOCK : WHOLE_BLOCK);
  }

  private static Element nearestBlock(Element e) {
    Element b = e;
    while (!Tags.BLOCKS.contains(b.normalName()) && b.parent() != null) {
      b = b.parent();
    }
    return b;
  }

  private static boolean inDataTable(Element e) {
    for (Element p = e; p != null; p = p.parent()) {
      if (p.normalName().equals("table") && !TableRows.isLayout(p)) {
        return true;
      }
    }
    return false;
  }

  /** Where-you-are trails: 当前位置：首页 > 政务公开 > … > the report's title. */
  private static final Pattern BREADCRUMB =
      Pattern.compile("^\\s*(?:当前位置|您的位置|您现在的位置|所在位置)\\s*[：:>＞]?");

  private static boolean isBreadcrumb(TextNode t) {
    return BREADCRUMB.matcher(Blanks.trim(t.getWholeText())).find();
  }

  /**
   * The block a breadcrumb trail stands in. It usually ends with the report's title, which keeps other boxes with a
   * title from being taken for chrome; a trail is chrome all the same, as long as its block is one short line.
   */
  private static Element breadcrumb(Element start, Element body, Anchors anchors) {
    Element block = nearestBlock(start);
    boolean oneLine = block != body && !TextStats.longerThan(block, MARKER_BLOCK)
        && block.getElementsByTag("table").isEmpty();
    return oneLine && Blanks.trim(block.text()).startsWith(Blanks.trim(start.ownText()).substring(0, 2))
        ? block : grow(start, body, anchors);
  }

  /** The largest ancestor of {@code start} that is still a small box without tables or report headings. */
  private static Element grow(Element start, Element body, Anchors anchors) {
    if (!isSmallBox(start, anchors)) {
      return null;
    }
    Element box = start;
    while (box.parent() != null && box.parent() != body && isSmallBox(box.parent(), anchors)) {
      box = box.parent();
    }
    return box;
  }

  private static boolean isSmallBox(Element e, Anchors anchors) {
    return !e.normalName().equals("body") && !TextStats.longerThan(e, BOX_TEXT)
        && e.getElementsByTag("table").isEmpty() && !anchors.within(e);
  }

  /** Whether the text holds a chrome word; the regular expression only for a text holding a where-you-are word. */
  private static boolean isMarkerWord(String text) {
    return MARKER.foundIn(text) || PLACE_WORDS.foundIn(text) && PLACE.matcher(text).find();
  }

  /** The characters the words of {@link #WHOLE} start with: a text without any of them needs no pattern. */
  private static final String WHOLE_STARTS = "打关分收返大中小字附";

  private static boolean holdsAny(String text, String chars) {
    for (int i = 0; i < text.length(); i++) {
      if (chars.indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** A list or box made of several links and little else: navigation, related reports, friendly sites. */
  private static boolean isLinkList(TextStats.Stats s) {
    return s.links() >= LIST_LINKS && s.tables() == 0 && s.chars() > 0 && s.linkChars() >= LINK_SHARE * s.chars();
  }
}
