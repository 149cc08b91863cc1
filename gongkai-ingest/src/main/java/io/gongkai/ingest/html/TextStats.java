package io.gongkai.ingest.html;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.BiConsumer;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Counts per element, gathered in one pass from the leaves up, so that deciding about every element of a large page
 * stays linear: visible characters (whitespace not counted), those inside links, links and tables; and a bounded
 * length test for single elements.
 */
final class TextStats {
  /** The counts of one element's subtree. */
  record Stats(int chars, int linkChars, int links, int tables) {}

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

  /**
   * Hands every element of {@code root}'s tree, {@code root} included, to {@code action} with the counts of its
   * subtree, as soon as they are complete: children before their parent. One traversal keeps the counts of the open
   * elements on a stack, so no element is read twice.
   */
  static void forEach(Element root, BiConsumer<Element, Stats> action) {
    Deque<int[]> open = new ArrayDeque<>();
    NodeTraversor.traverse(new NodeVisitor() {
      /** How many links the traversal is inside. */
      private int linkDepth;

      @Override
      public void head(Node node, int depth) {
        if (node instanceof Element e) {
          open.push(new int[4]);
          linkDepth += isLink(e) ? 1 : 0;
        } else if (node instanceof TextNode t && !open.isEmpty()) {
          int chars = visible(t.getWholeText());
          open.peek()[0] += chars;
          open.peek()[1] += linkDepth > 0 ? chars : 0;
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e) {
          int[] own = open.pop();
          own[2] += isLink(e) ? 1 : 0;
          own[3] += e.normalName().equals("table") ? 1 : 0;
          linkDepth -= isLink(e) ? 1 : 0;
          action.accept(e, new Stats(own[0], own[1], own[2], own[3]));
          if (!open.isEmpty()) {
            int[] parent = open.peek();
            for (int i = 0; i < own.length; i++) {
              parent[i] += own[i];
            }
          }
        }
      }
    }, root);
  }

  private static boolean isLink(Element e) {
    return e.normalName().equals("a");
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
