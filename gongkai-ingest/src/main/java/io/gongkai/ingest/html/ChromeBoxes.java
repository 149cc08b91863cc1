package io.gongkai.ingest.html;

import io.gongkai.ingest.Blanks;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * The small boxes of site chrome, found by their words: 扫一扫, 分享, 打印, 关闭窗口, the 当前位置 breadcrumb,
 * 上一篇/下一篇, related links and the copyright footer (网站标识码, ICP备, 主办单位). A text holding such a word marks
 * the largest box around it that is still small and holds no table and no report title or heading.
 */
final class ChromeBoxes {
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
  /** The characters the words of {@link #WHOLE} start with: a text without any of them needs no pattern. */
  private static final BitSet WHOLE_STARTS = "打关分收返大中小字附".chars()
      .collect(BitSet::new, BitSet::set, BitSet::or);
  /** Where-you-are trails: 当前位置：首页 > 政务公开 > … > the report's title. */
  private static final Pattern BREADCRUMB =
      Pattern.compile("^\\s*(?:当前位置|您的位置|您现在的位置|所在位置)\\s*[：:>＞]?");
  private static final int MARKER_LINE = 60;
  private static final int MARKER_BLOCK = 120;
  private static final int WHOLE_BLOCK = 30;
  /** A chrome box is at most this long; a footer with address and licences fits. */
  private static final int BOX_TEXT = 300;

  /** How a text marks chrome, and how long the block around it may be. */
  private enum Mark {
    /** A chrome word in a short line. */
    WORD(MARKER_BLOCK),
    /** A button word that is the whole text. */
    ALONE(WHOLE_BLOCK);

    private final int maxBlock;

    Mark(int maxBlock) {
      this.maxBlock = maxBlock;
    }
  }

  /**
   * What is known of the elements looked at: boxes grown from texts near each other climb through the same ancestors,
   * and judging a large ancestor reads much of the page.
   */
  private final Map<Element, Boolean> smallBox = new IdentityHashMap<>();
  /** Whether the elements looked at hold a title or heading. */
  private final Map<Element, Boolean> holdsAnchor = new IdentityHashMap<>();
  private final Element body;

  private ChromeBoxes(Element body) {
    this.body = body;
  }

  /** Whether the text alone may mark chrome; {@link #of} looks at the page around it. Cheap. */
  static boolean mayMark(TextNode t) {
    return mark(Blanks.trim(t.getWholeText())) != null;
  }

  /**
   * The boxes the texts mark, none inside another. The texts are those of {@code body} for which {@link #mayMark}
   * holds, in document order; the page must not change until all boxes are found.
   */
  static List<Element> of(List<TextNode> texts, Element body) {
    ChromeBoxes finder = new ChromeBoxes(body);
    List<Element> boxes = new ArrayList<>();
    for (TextNode t : texts) {
      Element parent = (Element) t.parent();
      if (!isMarker(t, parent)) {
        continue;
      }
      Element box = isBreadcrumb(t) ? finder.breadcrumb(parent) : finder.grow(parent);
      if (box != null && boxes.stream().noneMatch(b -> b == box || box.parents().contains(b))) {
        boxes.add(box);
      }
    }
    return boxes;
  }

  private static Mark mark(String text) {
    if (text.length() <= MARKER_LINE && isMarkerWord(text)) {
      return Mark.WORD;
    }
    return text.length() <= WHOLE_BLOCK && holdsAny(text, WHOLE_STARTS) && WHOLE.matcher(text).matches()
        ? Mark.ALONE : null;
  }

  /** Whether the text holds a chrome word; the regular expression only for a text holding a where-you-are word. */
  private static boolean isMarkerWord(String text) {
    return MARKER.foundIn(text) || PLACE_WORDS.foundIn(text) && PLACE.matcher(text).find();
  }

  private static boolean holdsAny(String text, BitSet chars) {
    for (int i = 0; i < text.length(); i++) {
      if (chars.get(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a text node is a chrome word in a short block of its own: the same word inside a report sentence (one
   * with a 。), in a Word span holding just 中, or in a table cell is left alone.
   */
  private static boolean isMarker(TextNode t, Element parent) {
    String text = Blanks.trim(t.getWholeText());
    Mark mark = mark(text);
    if (mark == null || inDataTable(parent)) {
      return false;
    }
    String block = Blanks.trim(nearestBlock(parent).text());
    if (block.contains("。") && !FOOTER.foundIn(text)) {
      return false;
    }
    return block.length() <= mark.maxBlock;
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

  private static boolean isBreadcrumb(TextNode t) {
    return BREADCRUMB.matcher(Blanks.trim(t.getWholeText())).find();
  }

  /**
   * The block a breadcrumb trail stands in. It usually ends with the report's title, which keeps other boxes with a
   * title from being taken for chrome; a trail is chrome all the same, as long as its block is one short line.
   */
  private Element breadcrumb(Element start) {
    Element block = nearestBlock(start);
    boolean oneLine = block != body && !TextStats.longerThan(block, MARKER_BLOCK)
        && block.getElementsByTag("table").isEmpty();
    return oneLine && Blanks.trim(block.text()).startsWith(Blanks.trim(start.ownText()).substring(0, 2))
        ? block : grow(start);
  }

  /** The largest ancestor of {@code start} that is still a small box without tables or report headings. */
  private Element grow(Element start) {
    if (!isSmallBox(start)) {
      return null;
    }
    Element box = start;
    while (box.parent() != null && box.parent() != body && isSmallBox(box.parent())) {
      box = box.parent();
    }
    return box;
  }

  private boolean isSmallBox(Element e) {
    Boolean known = smallBox.get(e);
    if (known == null) {
      known = !e.normalName().equals("body") && !TextStats.longerThan(e, BOX_TEXT)
          && e.getElementsByTag("table").isEmpty() && !holdsAnchor(e);
      smallBox.put(e, known);
    }
    return known;
  }

  /**
   * Whether {@code e} or an element below it is a title or heading, as {@link ReportText#containsAnchor}; remembered,
   * because growing a box asks again about the elements of the box before.
   */
  private boolean holdsAnchor(Element e) {
    Boolean known = holdsAnchor.get(e);
    if (known != null) {
      return known;
    }
    boolean holds = ReportText.isAnchor(e);
    for (int i = 0; i < e.childNodeSize() && !holds; i++) {
      holds = e.childNode(i) instanceof Element child && holdsAnchor(child);
    }
    holdsAnchor.put(e, holds);
    return holds;
  }
}
