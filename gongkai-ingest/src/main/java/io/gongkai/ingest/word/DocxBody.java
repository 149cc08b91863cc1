package io.gongkai.ingest.word;

import io.gongkai.ingest.Blanks;
import io.gongkai.ingest.Block;
import io.gongkai.ingest.Grid;
import io.gongkai.ingest.GridCell;
import io.gongkai.ingest.Location;
import io.gongkai.ingest.Paragraph;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/**
 * Walks block-level WordprocessingML ({@code w:body}, a table cell, a text box) into paragraphs and grids in
 * document order. Content controls and custom XML wrappers are walked through, so their text is kept.
 */
final class DocxBody {
  private final List<Block> blocks = new ArrayList<>();

  private DocxBody() {}

  /** The blocks of a container of block-level content, in document order. */
  static List<Block> blocks(Element container) {
    DocxBody body = new DocxBody();
    body.walk(container);
    return body.blocks;
  }

  /**
   * The text of a table cell: its paragraphs one per line; a table nested in the cell gives one line per non-empty
   * nested cell, row by row, so its text is kept without pretending it is part of the outer grid.
   */
  static String cellText(Element tc) {
    List<String> lines = new ArrayList<>();
    for (Block b : blocks(tc)) {
      if (b instanceof Paragraph p) {
        lines.add(p.text());
      } else if (b instanceof Grid g) {
        g.rows().forEach(row -> row.stream().map(GridCell::text).forEach(lines::add));
      }
    }
    return WordText.cell(lines);
  }

  private void walk(Element container) {
    for (Element e : Ooxml.children(container)) {
      if (!Ooxml.isWNamespace(e.getNamespaceURI())) {
        continue;
      }
      switch (e.getLocalName()) {
        case "p" -> paragraph(e);
        case "tbl" -> table(e);
        case "sdt" -> {
          Element content = Ooxml.child(e, "sdtContent");
          if (content != null) {
            walk(content);
          }
        }
        case "customXml", "ins", "moveTo" -> walk(e);
        default -> {
          // sectPr, bookmarks, block-level deletions and the like: nothing printed.
        }
      }
    }
  }

  private void paragraph(Element p) {
    DocxParagraph para = DocxParagraph.of(p);
    String text = Blanks.trim(para.text());
    if (!text.isEmpty()) {
      blocks.add(new Paragraph(text, Location.NONE));
    }
    for (Element box : para.textBoxes()) {
      walk(box);
    }
  }

  private void table(Element tbl) {
    Grid grid = DocxTable.grid(tbl);
    if (grid.width() > 0) {
      blocks.add(grid);
    }
  }
}
