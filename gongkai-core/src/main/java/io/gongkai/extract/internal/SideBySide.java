package io.gongkai.extract.internal;

import io.gongkai.model.Cell;
import io.gongkai.schema.BlockSpec;
import io.gongkai.schema.CellId;
import io.gongkai.schema.ColumnSpec;
import io.gongkai.schema.TableSpec;
import io.gongkai.schema.ValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a block whose rows are printed side by side as column groups in one line (Table 4: 行政复议 | 未经复议直接起诉 |
 * 复议后起诉, five columns each): the header labels are anchored in order and the values follow the last of them.
 */
final class SideBySide {
  private static final String ROW = "side_by_side";
  private final TableReader reader;

  SideBySide(TableReader reader) {
    this.reader = reader;
  }

  Map<CellId, Cell> read(TableSpec table, BlockSpec block, int from, int to) {
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
      return Map.of();
    }
    List<ValueType> types = new ArrayList<>();
    block.rows().forEach(r -> block.columns().forEach(c -> types.add(c.type())));
    Tokenizer.Tokens tokens = Tokenizer.items(finder.text(), pos, to);
    List<Item> items = tokens.items();
    int[] slots = Layout.slots(finder.text(), pos, items, types.size(), LineUnit.of(List.of(items)));
    RowCandidates.Result res = RowCandidates.of(items, tokens.cut(), types, slots);
    String[] units = HeaderUnits.of(finder.text(), block, from, pos);
    var input = new TableSolver.RowInput(ROW, res.readings(), res.overflow(), types, units);
    TableSolver.Decision[] d = TableSolver.solve(List.of(input), Identities.rowRule(block), m -> true).get(ROW);
    TableReader.Region region = new TableReader.Region(pos, to, items, tokens.cut());
    Map<CellId, Cell> out = new java.util.LinkedHashMap<>();
    int width = block.columns().size();
    for (int i = 0; i < d.length; i++) {
      ColumnSpec col = block.columns().get(i % width);
      CellId id = new CellId(table.id(), block.rows().get(i / width).id(), col.id());
      out.put(id, CellMaker.cell(id, d[i], col.type(), units[i], region, reader));
    }
    return out;
  }
}
