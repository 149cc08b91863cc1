package io.gongkai.ingest.html;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The report titles and section headings of a tree ({@link ReportText#isAnchor}), and the elements holding one,
 * found in one pass from the leaves up. Asking every element on its own would read the text below it again for each
 * of its ancestors; here an element is asked only when the {@link ReportText.Clues clues} of its text outside links
 * allow it, which few do. The answers are those of the tree as it was when they were gathered: an element whose
 * subtree changes afterwards must not be asked.
 */
final class Anchors {
  private final Set<Element> anchors = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Set<Element> holders = Collections.newSetFromMap(new IdentityHashMap<>());

  private Anchors() {}

  static Anchors of(Element root) {
    Anchors found = new Anchors();
    NodeTraversor.traverse(found.new Gatherer(), root);
    return found;
  }

  /** Whether {@code e} is a title or heading. */
  boolean is(Element e) {
    return anchors.contains(e);
  }

  /** Whether {@code e} or an element below it is a title or heading. */
  boolean within(Element e) {
    return holders.contains(e);
  }

  /** What is known of an element whose end the traversal has not reached yet. */
  private static final class Open {
    /** Of its text outside links so far. */
    private final ReportText.Clues clues = new ReportText.Clues();
    /** Whether an element below it is an anchor. */
    private boolean holds;
  }

  private final class Gatherer implements NodeVisitor {
    private final Deque<Open> open = new ArrayDeque<>();

    @Override
    public void head(Node node, int depth) {
      if (node instanceof Element) {
        open.push(new Open());
      } else if (node instanceof TextNode t && !open.isEmpty()) {
        open.peek().clues.add(t.getWholeText());
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (!(node instanceof Element e)) {
        return;
      }
      Open own = open.pop();
      boolean anchor = ReportText.countsText(e) && own.clues.mayBeAnchor() && ReportText.isAnchor(e);
      if (anchor) {
        anchors.add(e);
      }
      if (anchor || own.holds) {
        holders.add(e);
      }
      Open parent = open.peek();
      if (parent != null) {
        parent.holds |= anchor || own.holds;
        // The text of links and dropped elements is no part of their ancestors' text (see ReportText.isAnchor).
        if (ReportText.countsText(e)) {
          parent.clues.add(own.clues);
        }
      }
    }
  }
}
