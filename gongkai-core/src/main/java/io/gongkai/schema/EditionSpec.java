package io.gongkai.schema;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The tables of one edition and the markers that only that edition prints. */
public record EditionSpec(Edition edition, String title, List<String> markers, List<TableSpec> tables) {
  public EditionSpec {
    markers = List.copyOf(markers);
    tables = List.copyOf(tables);
  }

  /** Specs are few and long-lived (the registry's); their cell lists are built once each. */
  private static final Map<EditionSpec, List<CellSpec>> CELLS =
      java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

  /** Every cell of the edition in the order of {@code cells.tsv}: table, block, row, column. */
  public List<CellSpec> cells() {
    return CELLS.computeIfAbsent(this, EditionSpec::expand);
  }

  private List<CellSpec> expand() {
    List<CellSpec> cells = new java.util.ArrayList<>();
    for (TableSpec t : tables) {
      for (BlockSpec b : t.blocks()) {
        for (int r = 0; r < b.rows().size(); r++) {
          for (int c = 0; c < b.columns().size(); c++) {
            // The same id instances the extractor names cells with, so that lookups compare references.
            cells.add(new CellSpec(BlockCells.id(t, b, r, c), edition, t, b, b.rows().get(r), b.columns().get(c)));
          }
        }
      }
    }
    return List.copyOf(cells);
  }

  /** The table with this id, if the edition has it. */
  public Optional<TableSpec> table(String id) {
    return tables.stream().filter(t -> t.id().equals(id)).findFirst();
  }
}
