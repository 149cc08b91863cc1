package io.gongkai.validate;

import io.gongkai.model.Cell;
import io.gongkai.model.Reading;
import io.gongkai.model.Status;
import io.gongkai.schema.CellId;
import io.gongkai.schema.CellSpec;
import io.gongkai.schema.Edition;
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
import java.util.concurrent.ConcurrentHashMap;

/**
 * A reading laid over the template of its edition: every template cell at its position in template order, with the
 * reading's cell or a missing placeholder when the extractor left it out, and the cell as a rule operand. Built once
 * per check into arrays, so that the hundred-odd rule instances look cells up by position without hashing or parsing.
 */
final class Sheet {
  private static final Map<Edition, SheetLayout> LAYOUTS = new ConcurrentHashMap<>();
  private static final SheetLayout NO_TABLES = new SheetLayout(Map.of(), new CellSpec[0], List.of(), Map.of(), Map.of());

  private final Reading reading;
  private final EditionSpec edition;
  private final SheetLayout layout;
  private final Cell[] cells;
  private final Operand[] operands;
  private final boolean traditional;

  Sheet(Reading reading) {
    this.reading = reading;
    this.edition = Template.standard().edition(reading.edition()).orElse(null);
    this.layout = edition == null ? NO_TABLES : LAYOUTS.computeIfAbsent(reading.edition(), e -> layout(edition));
    int n = layout.specs().length;
    this.cells = new Cell[n];
    this.operands = new Operand[n];
    List<Cell> read = reading.cells();
    for (int i = 0; i < read.size(); i++) {
      Cell c = read.get(i);
      // Readings list their cells in template order, so the position is nearly always the index itself.
      if (i < n && layout.specs()[i].id().equals(c.id())) {
        cells[i] = c;
        continue;
      }
      Integer at = layout.index().get(c.id().toString());
      if (at != null) {
        cells[at] = c;
      }
    }
    for (int i = 0; i < n; i++) {
      if (cells[i] == null) {
        cells[i] = Cell.missing(layout.specs()[i].id());
      }
      operands[i] = operand(cells[i], layout.specs()[i]);
    }
    this.traditional = io.gongkai.extract.Normalizer.hasTraditional(reading.text());
  }

  /** The cell as a rule operand: blanks are zero, values outside the type's domain are unknown. */
  private static Operand operand(Cell c, CellSpec spec) {
    return switch (c.status()) {
      case OK -> Domain.operand(c.value(), spec.type());
      case BLANK -> Operand.BLANK;
      case UNCERTAIN -> Operand.UNKNOWN;
      case MISSING -> Operand.MISSING;
    };
  }

  /**
   * Text of this report in simplified script, for matching. Every text a rule looks at is part of the report, so one
   * look at the whole text tells whether any conversion is needed.
   */
  String simplified(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    if (traditional && text.length() >= 64) {
      // A stretch of the report: the same stretch of its normalised text, which the extractor has already made.
      int at = reading.text().indexOf(text);
      if (at >= 0) {
        return io.gongkai.extract.Normalizer.normalize(reading.text()).substring(at, at + text.length());
      }
    }
    // Short texts (a cell's raw text) are checked on their own: cheap, and right even for hand-made readings.
    return traditional || text.length() < 64 ? Script.simplified(text) : text;
  }

  private static SheetLayout layout(EditionSpec edition) {
    List<CellSpec> specs = edition.cells();
    Map<String, Integer> index = new HashMap<>();
    for (CellSpec s : specs) {
      index.put(s.id().toString(), index.size());
    }
    Map<String, List<TableRow>> rows = new HashMap<>();
    Map<String, int[]> tables = new HashMap<>();
    for (TableSpec t : edition.tables()) {
      rows.put(t.id(), tableRows(specs, index, t.id()));
      tables.put(t.id(), specs.stream().filter(s -> s.id().table().equals(t.id()))
          .mapToInt(s -> index.get(s.id().toString())).toArray());
    }
    return new SheetLayout(Map.copyOf(index), specs.toArray(CellSpec[]::new), List.copyOf(specs), Map.copyOf(rows),
        Map.copyOf(tables));
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
    return layout.ordered();
  }

  /** Number of template cells; positions run from 0 to this, in template order. */
  int size() {
    return cells.length;
  }

  CellSpec spec(String id) {
    return layout.specs()[index(id)];
  }

  CellSpec spec(int position) {
    return layout.specs()[position];
  }

  boolean has(String id) {
    return layout.index().containsKey(id);
  }

  /** Where a cell comes in template order, for listing cells the way the template prints them. */
  int position(String id) {
    return layout.index().getOrDefault(id, Integer.MAX_VALUE);
  }

  /** Position of a template cell; a cell the edition does not have is a bug in a rule. */
  int index(String id) {
    Integer at = layout.index().get(id);
    if (at == null) {
      throw new IllegalArgumentException("no cell " + id + " in edition " + reading.edition().code());
    }
    return at;
  }

  /** The reading's cell; a missing cell when the extractor did not produce one or the edition has no such cell. */
  Cell cell(String id) {
    Integer at = layout.index().get(id);
    return at != null ? cells[at] : Cell.missing(CellId.parse(id));
  }

  Cell cell(int position) {
    return cells[position];
  }

  Status status(int position) {
    return cells[position].status();
  }

  Operand operand(String id) {
    return operands[index(id)];
  }

  Operand operand(int position) {
    return operands[position];
  }

  /** Positions of the cells of one table, in template order. */
  int[] tableCells(String tableId) {
    return layout.tables().getOrDefault(tableId, new int[0]);
  }

  /** The cells of one table row, grouped in template order (rows of Table 2 are unique across its blocks). */
  List<TableRow> rows(String tableId) {
    return layout.rows().getOrDefault(tableId, List.of());
  }

  private static List<TableRow> tableRows(List<CellSpec> specs, Map<String, Integer> index, String tableId) {
    Map<String, List<CellSpec>> byRow = new LinkedHashMap<>();
    Map<String, RowSpec> rowSpecs = new HashMap<>();
    for (CellSpec s : specs) {
      if (s.id().table().equals(tableId)) {
        byRow.computeIfAbsent(s.id().row(), k -> new ArrayList<>()).add(s);
        rowSpecs.put(s.id().row(), s.row());
      }
    }
    List<TableRow> rows = new ArrayList<>();
    byRow.forEach((row, list) -> rows.add(new TableRow(tableId, rowSpecs.get(row), list,
        list.stream().mapToInt(s -> index.get(s.id().toString())).toArray())));
    return List.copyOf(rows);
  }

  /** What depends on the edition only, laid out once per edition. */
  private record SheetLayout(Map<String, Integer> index, CellSpec[] specs, List<CellSpec> ordered,
      Map<String, List<TableRow>> rows, Map<String, int[]> tables) {}

  /**
   * One data row of a table with its cells.
   *
   * @param positions the sheet positions of {@code cells}, parallel to it
   */
  record TableRow(String table, RowSpec row, List<CellSpec> cells, int[] positions) {
    TableRow {
      cells = List.copyOf(cells);
    }

    List<String> ids() {
      return cells.stream().map(c -> c.id().toString()).toList();
    }
  }
}
