package io.gongkai.schema;

/** One cell of an edition with everything the template says about it. */
public record CellSpec(CellId id, Edition edition, TableSpec table, BlockSpec block, RowSpec row, ColumnSpec column) {

  /** The row label as the template prints it; Table 4 rows carry their column group (行政诉讼·复议后起诉). */
  public String rowLabel() {
    return row.label();
  }

  /** The column label as the template prints it. */
  public String columnLabel() {
    return column.label();
  }

  /** The value type of the cell. */
  public ValueType type() {
    return column.type();
  }
}
