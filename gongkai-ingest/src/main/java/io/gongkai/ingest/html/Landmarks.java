package io.gongkai.ingest.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The report titles and section headings of a page ({@link ReportText#isAnchor}) and its tables, which {@link
 * ArticleFinder} looks for, found in one pass from the leaves up. Asking every element whether it is a title would
 * read the text below it again for each of its ancestors; here an element is asked only when the {@link
 * ReportText.Clues clues} of its text outside links allow it, which few do.
 *
 * <p>The pass is a plain recursion over children by index rather than a jsoup visitor: it is run on every page, calls
 * through a visitor interface that several classes implement are not inlined, and jsoup's sibling links look the
 * index up again at each step (jsoup caps a tree's depth, so the recursion is bounded).
 */
final class Landmarks {
  private final Set<Element> anchors = Collections.newSetFromMap(new IdentityHashMap<>());
  private final List<Element> anchorList = new ArrayList<>();
  private final List<Element> tables = new ArrayList<>();
  private final Predicate<TextStats.Stats> removed;

  private Landmarks(Predicate<TextStats.Stats> removed) {
    this.removed = removed;
  }

  /**
   * The landmarks of {@code root}'s tree once the elements below {@code root} whose {@link TextStats counts} meet
   * {@code removed} are taken out, which the same pass does. Every element is judged on the counts of the tree as it
   * was before any removal; an element removed with an ancestor is gone whatever its own counts.
   */
  static Landmarks gather(Element root, Predicate<TextStats.Stats> removed) {
    Landmarks found = new Landmarks(removed);
    Summary summary = found.children(root, TextStats.isLink(root));
    summary.counts.close(root);
    found.judge(root, summary, ReportText.countsText(root));
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

  /** What the pass learns of an element's content. */
  private static final class Summary {
    /** Of its text outside links. */
    private final ReportText.Clues clues = new ReportText.Clues();
    /** Of its subtree, removed parts included. */
    private final TextStats.Counter counts = new TextStats.Counter();
    /** Its first child element left on the page. */
    private Element onlyChild;
    /** Whether it holds more than {@link #onlyChild}: another element, or text besides whitespace. */
    private boolean more;
  }

  /** Reads the children of {@code e}, removing those {@link #removed} names; {@code inLink}: a link encloses them. */
  private Summary children(Element e, boolean inLink) {
    Summary summary = new Summary();
    int i = 0;
    while (i < e.childNodeSize()) {
      Node child = e.childNode(i);
      if (child instanceof Element c && !child(c, inLink || TextStats.isLink(c), summary)) {
        // Removed: the next child takes its place.
        continue;
      }
      if (child instanceof TextNode t) {
        String text = t.getWholeText();
        // Text without a visible character is whitespace, which a title trims away: it is not "more".
        summary.more |= summary.clues.add(text) > 0;
        summary.counts.text(text, inLink);
      }
      i++;
    }
    return summary;
  }

  /** Reads a child element into its parent's summary, or removes it; false when removed. */
  private boolean child(Element c, boolean inLink, Summary parent) {
    Summary own = children(c, inLink);
    TextStats.Stats stats = own.counts.close(c);
    parent.counts.add(own.counts);
    if (removed.test(stats)) {
      // Its text and titles are no part of what is left above it.
      c.remove();
      return false;
    }
    boolean countsText = ReportText.countsText(c);
    judge(c, own, countsText);
    // The text of links and dropped elements is no part of their ancestors' text (see ReportText.isAnchor).
    if (countsText) {
      parent.clues.add(own.clues);
    }
    parent.more |= parent.onlyChild != null;
    parent.onlyChild = parent.onlyChild == null ? c : parent.onlyChild;
    return true;
  }

  private void judge(Element e, Summary own, boolean countsText) {
    if (countsText && own.clues.mayBeAnchor() && isAnchor(e, own)) {
      anchors.add(e);
      anchorList.add(e);
    }
    if (e.normalName().equals("table")) {
      tables.add(e);
    }
  }

  /**
   * Whether {@code e} is a title or heading. Word wraps text in nested elements ({@code <p><span><span>}): an element
   * holding one element and whitespace has its text once trimmed, and as many visible characters, so the same answer,
   * which needs no reading again.
   */
  private boolean isAnchor(Element e, Summary own) {
    return own.onlyChild != null && !own.more ? anchors.contains(own.onlyChild) : ReportText.isAnchor(e);
  }
}
