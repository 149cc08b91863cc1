package io.gongkai.ingest.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The report titles and section headings of a page ({@link ReportText#isAnchor}) and its tables, which {@link
 * ArticleFinder} looks for, found in one pass from the leaves up. Asking every element whether it is a title would
 * read the text below it again for each of its ancestors; here an element is asked only when the {@link
 * ReportText.Clues clues} of its text outside links allow it, which few do.
 */
final class Landmarks {
  private final Set<Element> anchors = Collections.newSetFromMap(new IdentityHashMap<>());
  private final List<Element> anchorList = new ArrayList<>();
  private final List<Element> tables = new ArrayList<>();

  private Landmarks() {}

  /**
   * The landmarks of {@code root}'s tree once the elements below {@code root} whose {@link TextStats counts} meet
   * {@code removed} are taken out, which the same pass does. Every element is judged on the counts of the tree as it
   * was before any removal; an element removed with an ancestor is gone whatever its own counts.
   */
  static Landmarks gather(Element root, Predicate<TextStats.Stats> removed) {
    Landmarks found = new Landmarks();
    NodeTraversor.filter(found.new Gatherer(root, removed), root);
    // Found before an ancestor of theirs was removed: no longer on the page.
    found.anchorList.removeIf(e -> e.root() != root.root());
    found.tables.removeIf(e -> e.root() != root.root());
    return found;
  }

  /** Whether {@code e} is a title or heading. */
  boolean isAnchor(Element e) {
    return anchors.contains(e);
  }

  /** The titles and headings on the page, the inner ones before those holding them. */
  List<Element> anchors() {
    return anchorList;
  }

  /** The tables on the page, the inner ones before those holding them. */
  List<Element> tables() {
    return tables;
  }

  /** What is known of an element whose end the traversal has not reached yet. */
  private static final class Open {
    /** Of its text outside links so far. */
    private final ReportText.Clues clues = new ReportText.Clues();
    /** Of its subtree so far, removed parts included. */
    private final TextStats.Counter counts = new TextStats.Counter();
  }

  private final class Gatherer implements NodeFilter {
    private final Element root;
    private final Predicate<TextStats.Stats> removed;
    private final Deque<Open> open = new ArrayDeque<>();
    /** How many links the traversal is inside. */
    private int linkDepth;

    Gatherer(Element root, Predicate<TextStats.Stats> removed) {
      this.root = root;
      this.removed = removed;
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof Element e) {
        open.push(new Open());
        linkDepth += TextStats.isLink(e) ? 1 : 0;
      } else if (node instanceof TextNode t && !open.isEmpty()) {
        String text = t.getWholeText();
        open.peek().clues.add(text);
        open.peek().counts.text(text, linkDepth > 0);
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (!(node instanceof Element e)) {
        return FilterResult.CONTINUE;
      }
      Open own = open.pop();
      linkDepth -= TextStats.isLink(e) ? 1 : 0;
      Open parent = open.peek();
      TextStats.Stats stats = own.counts.close(e);
      if (parent != null) {
        parent.counts.add(own.counts);
      }
      if (e != root && removed.test(stats)) {
        // Removed once the traversal has left it: its text and titles are no part of what is left above it.
        return FilterResult.REMOVE;
      }
      if (ReportText.countsText(e) && own.clues.mayBeAnchor() && ReportText.isAnchor(e)) {
        anchors.add(e);
        anchorList.add(e);
      }
      if (e.normalName().equals("table")) {
        tables.add(e);
      }
      // The text of links and dropped elements is no part of their ancestors' text (see ReportText.isAnchor).
      if (parent != null && ReportText.countsText(e)) {
        parent.clues.add(own.clues);
      }
      return FilterResult.CONTINUE;
    }
  }
}
