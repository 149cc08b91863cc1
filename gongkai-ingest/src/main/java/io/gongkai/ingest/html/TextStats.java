package io.gongkai.ingest.html;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Counts per element, gathered in one pass from the leaves up, so that deciding about every element of a large page
 * stays linear: visible characters (whitespace not counted), those inside links, links and tables.
 */
final class TextStats {
  /** The counts of one element's subtree. */
  record Stats(int chars, int linkChars, int links, int tables) {}

  private final Map<Element, int[]> counts = new IdentityHashMap<>();
  /** How many links the traversal is inside. */
  private int linkDepth;

  private TextStats() {}

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
            boolean ws = Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\u00A0';
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

  static TextStats of(Element root) {
    TextStats stats = new TextStats();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof Element e) {
          stats.counts.put(e, new int[4]);
          stats.linkDepth += e.normalName().equals("a") ? 1 : 0;
        }
      }

      @Override
      public void tail(Node node, int depth) {
        stats.add(node, root);
        if (node instanceof Element e && e.normalName().equals("a")) {
          stats.linkDepth--;
        }
      }
    }, root);
    return stats;
  }

  private void add(Node node, Element root) {
    int[] own;
    if (node instanceof TextNode t) {
      int chars = visible(t.getWholeText());
      own = new int[] {chars, linkDepth > 0 ? chars : 0, 0, 0};
    } else if (node instanceof Element e) {
      own = counts.get(e).clone();
      own[2] += e.normalName().equals("a") ? 1 : 0;
      own[3] += e.normalName().equals("table") ? 1 : 0;
    } else {
      return;
    }
    if (node != root && node.parent() instanceof Element parent && counts.containsKey(parent)) {
      int[] p = counts.get(parent);
      for (int i = 0; i < p.length; i++) {
        p[i] += own[i];
      }
    }
    if (node instanceof Element e) {
      counts.put(e, own);
    }
  }

  Stats get(Element e) {
    int[] c = counts.getOrDefault(e, new int[4]);
    return new Stats(c[0], c[1], c[2], c[3]);
  }

  private static int visible(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
        n++;
      }
    }
    return n;
  }
}
