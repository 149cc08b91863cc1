package io.gongkai.ingest.word;

import io.gongkai.ingest.Block;
import io.gongkai.ingest.Grid;
import io.gongkai.ingest.GridCell;
import io.gongkai.ingest.Paragraph;
import io.gongkai.testing.Layout;
import java.util.ArrayList;
import java.util.List;

/**
 * Blocks and layout parts as plain values to compare: a paragraph as its text, a grid as its rows of cell texts
 * (a covered slot reads as the empty string, as the layout writes the slots a merged cell spans).
 */
final class Shapes {
  private Shapes() {}

  static List<Object> ofBlocks(List<Block> blocks) {
    List<Object> out = new ArrayList<>();
    for (Block b : blocks) {
      if (b instanceof Paragraph p) {
        out.add(p.text());
      } else if (b instanceof Grid g) {
        out.add(g.rows().stream().map(r -> r.stream().map(GridCell::text).toList()).toList());
      }
    }
    return out;
  }

  static List<Object> ofParts(List<Layout.Part> parts) {
    List<Object> out = new ArrayList<>();
    for (Layout.Part p : parts) {
      out.add(p instanceof Layout.Text t ? t.text() : ((Layout.Table) p).rows());
    }
    return out;
  }

  /** Which slots of each grid are covered, in the order of the grids. */
  static List<List<List<Boolean>>> covered(List<Block> blocks) {
    return blocks.stream().filter(Grid.class::isInstance).map(b -> ((Grid) b).rows().stream()
        .map(r -> r.stream().map(GridCell::continuation).toList()).toList()).toList();
  }

  /** Which slots the merge plans cover, in the order of the tables. */
  static List<List<List<Boolean>>> covered(List<MergePlan> plans, boolean vertical) {
    List<List<List<Boolean>>> out = new ArrayList<>();
    for (MergePlan plan : plans) {
      List<List<Boolean>> rows = new ArrayList<>();
      for (int r = 0; r < plan.width().length; r++) {
        List<Boolean> row = new ArrayList<>();
        for (int c = 0; c < plan.width()[r].length; c++) {
          row.add(plan.covered(r, c) && (vertical || plan.ownerRow()[r][c] == r));
        }
        rows.add(row);
      }
      out.add(rows);
    }
    return out;
  }
}
