package io.gongkai.ingest.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The text of a table cell: {@code <br>} and block elements ({@code <p>}, {@code <div>}) break lines; a small table
 * nested in the cell gives one line per row, its cells separated by a space.
 */
final class CellText {
  private CellText() {}

  static String of(Element cell) {
    TextBuffer buffer = new TextBuffer();
    children(cell, buffer);
    return buffer.take();
  }

  private static void append(Node node, TextBuffer buffer) {
    if (node instanceof TextNode t) {
      buffer.text(t.getWholeText());
      return;
    }
    if (!(node instanceof Element e)) {
      return;
    }
    String tag = e.normalName();
    if (tag.equals("br")) {
      buffer.lineBreak();
    } else if (tag.equals("table")) {
      buffer.lineBreak();
      for (Element row : TableRows.rows(e)) {
        buffer.text(String.join(" ", texts(TableRows.cells(row))));
        buffer.lineBreak();
      }
    } else if (Tags.BLOCKS.contains(tag)) {
      buffer.lineBreak();
      children(e, buffer);
      buffer.lineBreak();
    } else {
      children(e, buffer);
    }
  }

  private static void children(Element e, TextBuffer buffer) {
    for (int i = 0; i < e.childNodeSize(); i++) {
      append(e.childNode(i), buffer);
    }
  }

  private static List<String> texts(List<Element> cells) {
    List<String> out = new ArrayList<>();
    for (Element c : cells) {
      String text = of(c).replace('\n', ' ');
      if (!text.isEmpty()) {
        out.add(text);
      }
    }
    return out;
  }
}
