package io.gongkai.testing;

import io.gongkai.ingest.Block;
import io.gongkai.ingest.Grid;
import io.gongkai.ingest.GridCell;
import io.gongkai.ingest.Location;
import io.gongkai.ingest.Paragraph;
import io.gongkai.ingest.SourceDocument;
import io.gongkai.model.Box;
import io.gongkai.model.SourceInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * A synthetic report as the neutral document a format reader would make of it: its paragraphs and its tables as
 * grids, header labels followed by empty slots merged over them as word processors print them. Each element is put
 * on a made-up page so that placement can be checked.
 */
public final class GridDocuments {
  private GridDocuments() {}

  /** The report's document; every element on page {@code 1 + index / 20}, boxed by its index. */
  public static SourceDocument of(SyntheticReport report, String name) {
    List<Block> blocks = new ArrayList<>();
    int n = 0;
    for (Layout.Part part : Layout.parts(report)) {
      if (part instanceof Layout.Text t) {
        blocks.add(new Paragraph(t.text(), at(n++)));
      } else if (part instanceof Layout.Table t) {
        List<List<GridCell>> rows = new ArrayList<>();
        for (List<String> row : t.rows()) {
          List<GridCell> cells = new ArrayList<>();
          for (int c = 0; c < row.size(); c++) {
            // A header label spreads over the empty slots after it, as a merged cell.
            boolean covered = row.get(c).isEmpty() && c > 0 && !isValueRow(row) && spreads(row, c);
            cells.add(covered ? GridCell.covered(at(n)) : GridCell.of(row.get(c), at(n)));
            n++;
          }
          rows.add(cells);
        }
        blocks.add(new Grid(rows, at(n)));
      }
    }
    return new SourceDocument(new SourceInfo(name, "", "html"), blocks);
  }

  /** The location made up for element {@code n}. */
  public static Location at(int n) {
    return Location.of(1 + n / 20, new Box(n % 20, n, 10, 5));
  }

  private static boolean isValueRow(List<String> row) {
    return row.stream().anyMatch(c -> !c.isEmpty() && Character.isDigit(c.charAt(0)));
  }

  /** Whether slot c is empty after a non-empty label with only empty slots between. */
  private static boolean spreads(List<String> row, int c) {
    for (int i = c - 1; i >= 0; i--) {
      if (!row.get(i).isEmpty()) {
        return true;
      }
    }
    return false;
  }
}
