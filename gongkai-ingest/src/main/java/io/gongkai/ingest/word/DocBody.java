package io.gongkai.ingest.word;

import io.gongkai.ingest.Blanks;
import io.gongkai.ingest.Block;
import io.gongkai.ingest.Location;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;

/**
 * The main text of a binary Word document as blocks: paragraphs in order, and for the first paragraph of a table the
 * whole table (found with {@link Range#getTable}; POI's {@code TableIterator} finds no tables in these files), whose
 * paragraphs are then skipped.
 */
final class DocBody {
  private DocBody() {}

  static List<Block> blocks(HWPFDocument doc) {
    Range range = doc.getRange();
    List<Block> blocks = new ArrayList<>();
    int n = range.numParagraphs();
    int i = 0;
    while (i < n) {
      Paragraph p = range.getParagraph(i);
      if (p.isInTable()) {
        Table table = range.getTable(p);
        blocks.add(DocTable.grid(table));
        i++;
        while (i < n && range.getParagraph(i).getStartOffset() < table.getEndOffset()) {
          i++;
        }
        continue;
      }
      String text = Blanks.trim(DocText.of(p));
      if (!text.isEmpty()) {
        blocks.add(new io.gongkai.ingest.Paragraph(text, Location.NONE));
      }
      i++;
    }
    return blocks;
  }
}
