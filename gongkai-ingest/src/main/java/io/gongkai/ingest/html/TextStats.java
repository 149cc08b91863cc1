package io.gongkai.ingest.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Counts of an element's subtree, gathered from the leaves up as one traversal goes, so that deciding about every
 * element of a large page stays linear: visible characters (whitespace not counted), those inside links, links and
 * tables; and a bounded length test for single elements.
 */
final class TextStats {
  /** The counts of one element's subtree. */
  record Stats(int chars, int linkChars, int links, int tables) {}

  private TextStats() {}

  /** The counts of one element, open while a traversal is inside it. */
  static final class Counter {
    private int chars;
    private int linkChars;
    private int links;
    private int tables;

    /** Counts a text directly inside the element; {@code inLink} when a link encloses it. */
    void text(String text, boolean inLink) {
      int n = visible(text);
      chars += n;
      linkChars += inLink ? n : 0;
    }

    /** Adds the counts of a child element, {@link #close closed}. */
    void add(Counter child) {
      chars += child.chars;
      linkChars += child.linkChars;
      links += child.links;
      tables += child.tables;
    }

    /** Counts the element itself, once all below it is counted, and gives the counts of its subtree. */
    Stats close(Element e) {
      links += isLink(e) ? 1 : 0;
      tables += e.normalName().equals("table") ? 1 : 0;
      return new Stats(chars, linkChars, links, tables);
    }
  }

  static boolean isLink(Element e) {
    return e.normalName().equals("a");
  }

  /**
   * Whether the element's text, as {@link Element#text()} would give it (runs of whitespace as one space), is longer
   * than {@code limit}; stops reading at the limit, so asking about a large element costs no more than a small one.
   */
  static boolean longerThan(Element e, int limit) {
    int[] count = {0};
    boolean[] space = {true};
    NodeFilter filter = new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
          String text = t.getWholeText();
          for (int i = 0; i < text.length() && count[0] <= limit; i++) {
            char c = text.charAt(i);
            boolean ws = !isPlainlyVisible(c) && (Character.isWhitespace(c) || c == '\u00A0');
            count[0] += ws && space[0] ? 0 : 1;
            space[0] = ws;
          }
        }
        return count[0] > limit ? FilterResult.STOP : FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        return FilterResult.CONTINUE;
      }
    };
    NodeTraversor.filter(filter, e);
    return count[0] > limit;
  }

  private static int visible(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isPlainlyVisible(c) || !Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
        n++;
      }
    }
    return n;
  }

  /**
   * Whether the character is printable ASCII or a common Han character: neither whitespace nor a space nor blank in
   * any sense. Nearly every character of a page is one, and this answers without the Unicode tables.
   */
  static boolean isPlainlyVisible(char c) {
    return c > ' ' && c < '\u007F' || c >= '\u4E00' && c <= '\u9FFF';
  }
}
