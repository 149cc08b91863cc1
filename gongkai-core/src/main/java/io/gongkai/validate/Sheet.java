package io.gongkai.validate;

import io.gongkai.model.Cell;
import io.gongkai.model.Reading;
import io.gongkai.model.Status;
import io.gongkai.schema.CellId;
import io.gongkai.schema.CellSpec;
import io.gongkai.schema.EditionSpec;
import io.gongkai.schema.RowSpec;
import io.gongkai.schema.TableSpec;
import io.gongkai.schema.Template;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A reading laid over the template of its edition: every template cell by id, with the reading's cell or a missing
 * placeholder when the extractor left it out. Built once per check so rules look cells up by id in constant time.
 */
final class Sheet {
  private final Reading reading;
  private final EditionSpec edition;
  /** What depends on the edition only, laid out once per edition. */
  private record Layout(Map<String, CellSpec> specs, List<CellSpec> ordered, Map<String, Integer> positions,
      Map<String, List<TableRow>> rows) {}

  private static final Map<io.gongkai.schema.Edition, Layout> LAYOUTS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private final Map<String, CellSpec> specs;
  private final List<CellSpec> ordered;
  private final Map<String, Integer> positions;
  private final Map<String, List<TableRow>> rows;
  private final Map<String, Cell> cells = new HashMap<>(512);
  private final Map<String, Operand> operands = new HashMap<>(512);
  private final boolean traditional;

  Sheet(Reading reading) {
    this.reading = reading;
    this.edition = Template.standard().edition(reading.edition()).orElse(null);
    for (Cell c : reading.cells()) {
      cells.put(c.id().toString(), c);
    }
    Layout layout = edition == null ? new Layout(Map.of(), List.of(), Map.of(), Map.of())
        : LAYOUTS.computeIfAbsent(reading.edition(), e -> layout(edition));
    this.specs = layout.specs();
    this.ordered = layout.ordered();
    this.positions = layout.positions();
    this.rows = layout.rows();
    this.traditional = io.gongkai.extract.Normalizer.hasTraditional(reading.text());
  }

  /**
   * Text of this report in simplified script, for matching. Every text a rule looks at is part of the report, so one
   * look at the whole text tells whether any conversion is needed.
   */
  String simplified(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    // Short texts (a cell's raw text) are checked on their own: cheap, and right even for hand-made readings.
    return traditional || text.length() < 64 ? Script.simplified(text) : text;
  }

  private static Layout layout(EditionSpec edition) {
    Map<String, CellSpec> specs = new LinkedHashMap<>();
    Map<String, Integer> positions = new HashMap<>();
    edition.cells().forEach(s -> specs.put(s.id().toString(), s));
    specs.keySet().forEach(id -> positions.put(id, positions.size()));
    Map<String, List<TableRow>> rows = new HashMap<>();
    edition.tables().forEach(t -> rows.put(t.id(), tableRows(specs, t.id())));
    return new Layout(specs, List.copyOf(specs.values()), Map.copyOf(positions),
        Map.copyOf(rows));
  }

  Reading reading() {
    return reading;
  }

  /** Whether the edition has statistical tables (2019, 2021). */
  boolean hasTables() {
    return edition != null;
  }

  /** The tables of the edition, in template order; empty without tables. */
  List<TableSpec> tables() {
    return edition == null ? List.of() : edition.tables();
  }

  Optional<TableSpec> table(String id) {
    return edition == null ? Optional.empty() : edition.table(id);
  }

  /** Every template cell of the edition, in template order. */
  List<CellSpec> specs() {
    return ordered;
  }

  CellSpec spec(String id) {
    CellSpec s = specs.get(id);
    if (s == null) {
      throw new IllegalArgumentException("no cell " + id + " in edition " + reading.edition().code());
    }
    return s;
  }

  boolean has(String id) {
    return specs.containsKey(id);
  }

  /** Where a cell comes in template order, for listing cells the way the template prints them. */
  int position(String id) {
    return positions.getOrDefault(id, Integer.MAX_VALUE);
  }

  /** The reading's cell; a missing cell when the extractor did not produce one. */
  Cell cell(String id) {
    Cell c = cells.get(id);
    return c != null ? c : Cell.missing(CellId.parse(id));
  }

  Status status(String id) {
    return cell(id).status();
  }

  /** The cell as a rule operand: blanks are zero, values outside the type's domain are unknown. */
  Operand operand(String id) {
    return operands.computeIfAbsent(id, this::computeOperand);
  }

  private Operand computeOperand(String id) {
    Cell c = cell(id);
    return switch (c.status()) {
      case OK -> Domain.parse(c.value(), spec(id).type()).map(Operand::number).orElse(Operand.UNKNOWN);
      case BLANK -> Operand.BLANK;
      case UNCERTAIN -> Operand.UNKNOWN;
      case MISSING -> Operand.MISSING;
    };
  }

  /** The cells of one table row, grouped in template order (rows of Table 2 are unique across its blocks). */
  List<TableRow> rows(String tableId) {
    return rows.getOrDefault(tableId, List.of());
  }

  private static List<TableRow> tableRows(Map<String, CellSpec> specs, String tableId) {
    Map<String, List<CellSpec>> byRow = new LinkedHashMap<>();
    Map<String, RowSpec> rowSpecs = new HashMap<>();
    for (CellSpec s : specs.values()) {
      if (s.id().table().equals(tableId)) {
        byRow.computeIfAbsent(s.id().row(), k -> new ArrayList<>()).add(s);
        rowSpecs.put(s.id().row(), s.row());
      }
    }
    List<TableRow> rows = new ArrayList<>();
    byRow.forEach((row, list) -> rows.add(new TableRow(tableId, rowSpecs.get(row), list)));
    return List.copyOf(rows);
  }

  /** One data row of a table with its cells. */
  record TableRow(String table, RowSpec row, List<CellSpec> cells) {
    TableRow {
      cells = List.copyOf(cells);
    }

    List<String> ids() {
      return cells.stream().map(c -> c.id().toString()).toList();
    }
  }
}
