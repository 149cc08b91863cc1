package io.gongkai.schema;

import java.util.List;
import java.util.Optional;

/**
 * A sub-table: Table 2's 第二十条 blocks, or the single block of Tables 3 and 4.
 *
 * @param caption the printed caption row ({@code 第二十条第（一）项}), empty when the block has none
 * @param groups printed group labels that hold no values, in order
 * @param headers printed header texts that hold no values
 * @param sideBySide when non-empty, the block's rows are printed side by side in one line, as column groups (Table 4);
 *     the list holds the group header labels
 */
public record BlockSpec(
    String id,
    Optional<String> caption,
    List<ColumnSpec> columns,
    List<RowSpec> rows,
    List<String> groups,
    List<String> headers,
    List<String> sideBySide) {
  public BlockSpec {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
    groups = List.copyOf(groups);
    headers = List.copyOf(headers);
    sideBySide = List.copyOf(sideBySide);
  }

  /** Whether all rows are printed in one line as column groups. */
  public boolean isSideBySide() {
    return !sideBySide.isEmpty();
  }
}
