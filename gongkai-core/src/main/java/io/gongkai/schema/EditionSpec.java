package io.gongkai.schema;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The tables of one edition and the markers that only that edition prints. */
public record EditionSpec(Edition edition, String title, List<String> markers, List<TableSpec> tables) {
  public EditionSpec {
    markers = List.copyOf(markers);
    tables = List.copyOf(tables);
  }

  /** Every cell of the edition in the order of {@code cells.tsv}: table, block, row, column. */
  public List<CellSpec> cells() {
    return tables.stream()
        .flatMap(t -> t.blocks().stream()
            .flatMap(b -> b.rows().stream()
                .flatMap(r -> b.columns().stream()
                    .map(c -> new CellSpec(new CellId(t.id(), r.id(), c.id()), edition, t, b, r, c)))))
        .toList();
  }

  /** The cells keyed by id. */
  public Map<CellId, CellSpec> cellsById() {
    return cells().stream().collect(Collectors.toMap(CellSpec::id, Function.identity(), (a, b) -> a,
        java.util.LinkedHashMap::new));
  }

  /** The table with this id, if the edition has it. */
  public Optional<TableSpec> table(String id) {
    return tables.stream().filter(t -> t.id().equals(id)).findFirst();
  }
}
