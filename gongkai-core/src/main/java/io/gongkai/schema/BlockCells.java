package io.gongkai.schema;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The ids of a block's cells, made once per block of the registry: reading a report names a few hundred cells, and
 * building each id (and its printed name) again for every report is measurable work.
 */
public final class BlockCells {
  private static final Map<BlockSpec, CellId[][]> IDS = Collections.synchronizedMap(new IdentityHashMap<>());

  private BlockCells() {}

  /** The id of the cell at a row and column (0-based, template order) of a block of {@code table}. */
  public static CellId id(TableSpec table, BlockSpec block, int row, int column) {
    return IDS.computeIfAbsent(block, b -> ids(table, b))[row][column];
  }

  private static CellId[][] ids(TableSpec table, BlockSpec block) {
    CellId[][] ids = new CellId[block.rows().size()][block.columns().size()];
    for (int r = 0; r < ids.length; r++) {
      for (int c = 0; c < ids[r].length; c++) {
        ids[r][c] = new CellId(table.id(), block.rows().get(r).id(), block.columns().get(c).id());
      }
    }
    return ids;
  }
}
