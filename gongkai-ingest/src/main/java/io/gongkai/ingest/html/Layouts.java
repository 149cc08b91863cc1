package io.gongkai.ingest.html;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Whether the tables of a page lay it out ({@link TableRows#isLayout}), each table judged once: finding the article
 * and walking it both ask, and judging a table reads all of it. The page must not change while it is asked.
 */
final class Layouts {
  private final Map<Element, Boolean> known = new IdentityHashMap<>();

  boolean isLayout(Element table) {
    return known.computeIfAbsent(table, TableRows::isLayout);
  }
}
