package io.gongkai.ingest.html;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/** What the reader knows of HTML elements, declared once. */
final class Tags {
  /** Never part of a report: scripts, styles, navigation, widgets. */
  static final Set<String> DROPPED = set("script", "style", "noscript", "template", "nav", "aside", "iframe",
      "frame", "frameset", "object", "embed", "svg", "canvas", "button", "select", "input", "textarea", "map",
      "audio", "video", "head", "title", "meta", "link", "xml");

  /** Site chrome unless they hold a table or much text: some sites wrap the whole page in a form or a header. */
  static final Set<String> CHROME_BOXES = set("header", "footer", "form");

  /** Elements that start a new block of text: a paragraph outside tables, a new line inside a cell. */
  static final Set<String> BLOCKS = set("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl",
      "dt", "dd", "pre", "blockquote", "center", "section", "article", "main", "address", "figure", "figcaption",
      "caption", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "hr", "body", "fieldset", "legend", "details",
      "summary", "header", "footer", "form");

  /** Blocks whose {@code <br>} breaks a line inside one paragraph rather than starting a new one. */
  static final Set<String> TEXT_BLOCKS = set("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "pre",
      "caption", "address", "figcaption", "legend", "summary");

  /** The elements of a table's own structure, between a table and its rows. */
  static final Set<String> ROW_GROUPS = set("thead", "tbody", "tfoot");

  private Tags() {}

  /**
   * An unmodifiable hash set. Not {@code Set.of}: these sets are asked about every element of every page, and a hash
   * set rejects most names by their cached hash, while {@code Set.of} compares the strings.
   */
  private static Set<String> set(String... names) {
    return Collections.unmodifiableSet(new HashSet<>(Arrays.asList(names)));
  }

  static boolean isCell(String tag) {
    return tag.equals("td") || tag.equals("th");
  }
}
