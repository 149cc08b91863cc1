package io.gongkai.extract.internal;

import io.gongkai.model.Cell;
import io.gongkai.schema.BlockCells;
import io.gongkai.schema.BlockSpec;
import io.gongkai.schema.CellId;
import io.gongkai.schema.ColumnSpec;
import io.gongkai.schema.TableSpec;
import io.gongkai.schema.ValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a block whose rows are printed side by side as column groups in one line (Table 4: 行政复议 | 未经复议直接起诉 |
 * 复议后起诉, five columns each): the header labels are anchored in order and the values follow the last of them.
 */
final class SideBySide {
  static final String ROW = "side_by_side";

  private SideBySide() {}

  /** The block's header anchored in order and the values after it as one region; null when the header is absent. */
  static TableReader.Plan plan(TableReader reader, TableSpec table, BlockSpec block, int from, int to) {
    Finder finder = reader.finder();
    int pos = from;
    int found = 0;
    for (int g = 0; g < block.rows().size(); g++) {
      for (ColumnSpec col : block.columns()) {
        Anchor a = finder.find(null, col.label(), col.aliases(), pos, to);
        if (a != null) {
          pos = a.end();
          found++;
        }
      }
    }
    if (found < block.columns().size()) {
      return null;
    }
    List<ValueType> types = new ArrayList<>();
    block.rows().forEach(r -> block.columns().forEach(c -> types.add(c.type())));
    Tokenizer.Tokens tokens = Tokenizer.items(finder.text(), pos, to);
    List<Item> items = tokens.items();
    Map<String, TableReader.Region> regions = Map.of(ROW, new TableReader.Region(pos, to, items, tokens.cut()));
    return new TableReader.Plan(table, block, regions, types, HeaderUnits.of(finder.text(), block, from, pos),
        LineUnit.of(List.of(items)), true, null);
  }

  /** The decisions for the one printed line, handed out to the block's rows and columns. */
  static Map<CellId, Cell> cells(TableReader reader, TableReader.Plan plan, Map<String, TableSolver.Decision[]> d) {
    BlockSpec block = plan.block();
    TableSolver.Decision[] decisions = d.get(ROW);
    TableReader.Region region = plan.regions().get(ROW);
    Map<CellId, Cell> out = new LinkedHashMap<>();
    int width = block.columns().size();
    for (int i = 0; i < decisions.length; i++) {
      CellId id = BlockCells.id(plan.table(), block, i / width, i % width);
      out.put(id, CellMaker.cell(id, decisions[i], region, reader));
    }
    return out;
  }
}
