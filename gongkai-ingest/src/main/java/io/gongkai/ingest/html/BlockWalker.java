package io.gongkai.ingest.html;

import io.gongkai.ingest.Block;
import io.gongkai.ingest.Grid;
import io.gongkai.ingest.Location;
import io.gongkai.ingest.Paragraph;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Walks the article in document order and cuts it into blocks: one {@link Paragraph} per block element (a
 * {@code <p>}, a heading, a list item, the text of a {@code <div>} between its blocks), one per {@code <br>}-separated
 * line of a {@code <div>}, and one {@link Grid} per data table. Layout tables are walked through as if their cells
 * were {@code <div>}s.
 */
final class BlockWalker {
  private final List<Block> blocks = new ArrayList<>();
  private final TextBuffer buffer = new TextBuffer();
  /** How many paragraph-like elements ({@code <p>}, {@code <li>}…) the walk is inside; there {@code <br>} is a line. */
  private int inTextBlock;

  private final Layouts layouts;

  private BlockWalker(Layouts layouts) {
    this.layouts = layouts;
  }

  /** The blocks of {@code root}; {@code layouts} judges its tables. */
  static List<Block> blocks(Element root, Layouts layouts) {
    BlockWalker walker = new BlockWalker(layouts);
    walker.children(root);
    walker.flush();
    return List.copyOf(walker.blocks);
  }

  private void children(Element e) {
    for (int i = 0; i < e.childNodeSize(); i++) {
      walk(e.childNode(i));
    }
  }

  private void walk(Node node) {
    if (node instanceof TextNode t) {
      buffer.text(t.getWholeText());
      return;
    }
    if (!(node instanceof Element e) || Tags.DROPPED.contains(e.normalName())) {
      return;
    }
    String tag = e.normalName();
    if (tag.equals("table")) {
      table(e);
    } else if (tag.equals("br")) {
      if (inTextBlock > 0) {
        buffer.lineBreak();
      } else {
        flush();
      }
    } else if (Tags.BLOCKS.contains(tag)) {
      block(e, Tags.TEXT_BLOCKS.contains(tag));
    } else {
      children(e);
    }
  }

  private void block(Element e, boolean textBlock) {
    flush();
    inTextBlock += textBlock ? 1 : 0;
    children(e);
    inTextBlock -= textBlock ? 1 : 0;
    flush();
  }

  private void table(Element table) {
    flush();
    if (layouts.isLayout(table)) {
      int saved = inTextBlock;
      inTextBlock = 0;
      for (Element row : TableRows.rows(table)) {
        for (Element cell : TableRows.cells(row)) {
          block(cell, false);
        }
      }
      inTextBlock = saved;
      return;
    }
    for (int i = 0; i < table.childNodeSize(); i++) {
      if (table.childNode(i) instanceof Element caption && caption.normalName().equals("caption")) {
        block(caption, true);
      }
    }
    Grid grid = GridBuilder.of(table);
    if (!grid.rows().isEmpty()) {
      blocks.add(grid);
    }
  }

  private void flush() {
    String text = buffer.take();
    if (!text.isEmpty()) {
      blocks.add(new Paragraph(text, Location.NONE));
    }
  }
}
