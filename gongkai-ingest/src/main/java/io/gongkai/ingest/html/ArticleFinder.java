package io.gongkai.ingest.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Picks the element that holds the report: the nearest common ancestor of its data tables, its title and its
 * section headings. With fewer than two such marks (a bare fragment, a page of narrative) the whole body is kept,
 * which the chrome removal has already cleaned.
 */
final class ArticleFinder {
  private static final int MIN_MARKS = 2;

  private ArticleFinder() {}

  /** The element holding the report, among the {@code landmarks} of the page as it is. */
  static Element find(Element body, Landmarks landmarks, Layouts layouts) {
    List<Element> marks = marks(landmarks, layouts);
    if (marks.size() < MIN_MARKS) {
      return body;
    }
    // The nearest common ancestor of several elements is the same whatever the order they are taken in.
    Element common = marks.get(0);
    for (Element m : marks.subList(1, marks.size())) {
      common = commonAncestor(common, m);
    }
    // Stopping inside a table's structure would cut a layout table into pieces; take the whole table.
    while (common != body && (isTablePart(common) || !hasBlockRole(common))) {
      common = common.parent();
    }
    return common;
  }

  /** The data tables, and the titles and headings that hold no other and are not inside a link. */
  private static List<Element> marks(Landmarks landmarks, Layouts layouts) {
    List<Element> marks = new ArrayList<>();
    for (Element table : landmarks.tables()) {
      if (TableRows.isDataShaped(table) && !layouts.isLayout(table)) {
        marks.add(table);
      }
    }
    for (Element anchor : landmarks.anchors()) {
      if (isDeepestAnchor(anchor, landmarks)) {
        marks.add(anchor);
      }
    }
    return marks;
  }

  private static boolean isDeepestAnchor(Element e, Landmarks landmarks) {
    if (e.normalName().equals("table") || e.parents().stream().anyMatch(p -> p.normalName().equals("a"))) {
      return false;
    }
    for (int i = 0; i < e.childNodeSize(); i++) {
      if (e.childNode(i) instanceof Element child && landmarks.isAnchor(child)) {
        return false;
      }
    }
    return true;
  }

  private static Element commonAncestor(Element a, Element b) {
    List<Element> chain = new ArrayList<>();
    chain.add(a);
    chain.addAll(a.parents());
    for (Element p = b; p != null; p = p.parent()) {
      if (chain.contains(p)) {
        return p;
      }
    }
    return a.ownerDocument() == null ? a : a.ownerDocument().body();
  }

  private static boolean isTablePart(Element e) {
    return Tags.ROW_GROUPS.contains(e.normalName()) || e.normalName().equals("tr") || Tags.isCell(e.normalName());
  }

  private static boolean hasBlockRole(Element e) {
    return Tags.BLOCKS.contains(e.normalName());
  }
}
