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

  static Element find(Element body) {
    List<Element> marks = marks(body);
    if (marks.size() < MIN_MARKS) {
      return body;
    }
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

  private static List<Element> marks(Element body) {
    List<Element> marks = new ArrayList<>();
    Anchors anchors = Anchors.of(body);
    for (Element e : body.getAllElements()) {
      if (e.normalName().equals("table")) {
        if (!TableRows.isLayout(e) && TableRows.isDataShaped(e)) {
          marks.add(e);
        }
      } else if (isDeepestAnchor(e, anchors)) {
        marks.add(e);
      }
    }
    return marks;
  }

  private static boolean isDeepestAnchor(Element e, Anchors anchors) {
    if (!anchors.is(e) || e.parents().stream().anyMatch(p -> p.normalName().equals("a"))) {
      return false;
    }
    return e.children().stream().noneMatch(anchors::is);
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
