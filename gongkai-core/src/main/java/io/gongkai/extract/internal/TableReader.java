package io.gongkai.extract.internal;

import io.gongkai.model.Cell;
import io.gongkai.model.LabelVariant;
import io.gongkai.model.SourceSpan;
import io.gongkai.schema.BlockCells;
import io.gongkai.schema.BlockSpec;
import io.gongkai.schema.CellId;
import io.gongkai.schema.ColumnSpec;
import io.gongkai.schema.RowSpec;
import io.gongkai.schema.TableSpec;
import io.gongkai.schema.ValueType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one statistical table inside its zone of the text: anchors the template's labels in order, takes the value
 * region after each row label up to the next label, and hands the rows to the {@link TableSolver}.
 */
final class TableReader {
  private final Finder finder;
  private final String original;
  private final TextIndex index;
  private final List<Anchor> headings;
  private final List<LabelVariant> variants = new ArrayList<>();
  private final java.util.Set<Integer> gridLines;

  TableReader(Finder finder, String original, TextIndex index, List<SectionFinder.Heading> headings,
      java.util.Set<Integer> gridLines) {
    this.finder = finder;
    this.gridLines = gridLines;
    this.original = original;
    this.index = index;
    this.headings = headings.stream().map(h -> new Anchor(null, h.start(), h.end(), null)).toList();
  }

  /** The blocks of a table with their rows anchored and value regions taken; blocks not found are left out. */
  List<Plan> plan(TableSpec table, int zoneStart, int zoneEnd) {
    List<int[]> captions = captions(table, zoneStart, zoneEnd);
    List<Plan> plans = new ArrayList<>();
    for (int b = 0; b < table.blocks().size(); b++) {
      BlockSpec block = table.blocks().get(b);
      int[] window = captions.get(b) != null ? captions.get(b) : new int[] {zoneStart, zoneEnd};
      Plan p = block.isSideBySide() ? SideBySide.plan(this, table, block, window[0], window[1])
          : plan(table, block, window, stops(captions, block, zoneStart, zoneEnd));
      if (p != null) {
        plans.add(p);
      }
    }
    return plans;
  }

  /** The printed shape of every row planned, for deciding how the document was flattened. */
  static List<RowReadings.Shape> shapes(List<Plan> plans) {
    return plans.stream().flatMap(p -> p.regions().values().stream()
        .map(r -> new RowReadings.Shape(r.items(), p.types().size()))).toList();
  }

  /**
   * A block with its rows anchored and their value regions taken, ready to be solved. A side-by-side block (Table 4)
   * has one region holding all its rows' values in one line.
   */
  record Plan(TableSpec table, BlockSpec block, Map<String, Region> regions, List<ValueType> types, String[] units,
      int lineUnit, boolean columnsInOrder, int[] gridColumns) {}

  List<LabelVariant> variants() {
    return variants;
  }

  Finder finder() {
    return finder;
  }

  /** For each block, the stretch from its caption to the next caption (null when the block has no caption found). */
  private List<int[]> captions(TableSpec table, int zoneStart, int zoneEnd) {
    List<int[]> found = new ArrayList<>();
    for (BlockSpec block : table.blocks()) {
      Anchor a = block.caption().map(c -> finder.find(null, c, List.of(), zoneStart, zoneEnd)).orElse(null);
      found.add(a == null ? null : new int[] {a.end(), zoneEnd, a.start()});
    }
    for (int i = 0; i < found.size(); i++) {
      for (int j = 0; j < found.size(); j++) {
        if (found.get(i) != null && found.get(j) != null && found.get(j)[2] > found.get(i)[2]) {
          found.get(i)[1] = Math.min(found.get(i)[1], found.get(j)[2]);
        }
      }
    }
    return found;
  }

  /** Places where a row's value region must stop: other captions and every printed group label. */
  private List<Anchor> stops(List<int[]> captions, BlockSpec block, int zoneStart, int zoneEnd) {
    List<Anchor> stops = new ArrayList<>(headings);
    captions.stream().filter(c -> c != null).forEach(c -> stops.add(new Anchor(null, c[2], c[0], null)));
    for (String group : block.groups()) {
      for (int from = zoneStart; ; ) {
        Anchor a = finder.find(null, group, List.of(), from, zoneEnd);
        if (a == null) {
          break;
        }
        stops.add(a);
        from = a.end();
      }
    }
    return stops;
  }

  private Plan plan(TableSpec table, BlockSpec block, int[] window, List<Anchor> stops) {
    List<Anchor> rows = new ArrayList<>();
    int pos = window[0];
    for (RowSpec row : block.rows()) {
      Anchor a = finder.find(row.id(), row.label(), row.aliases(), pos, window[1]);
      if (a == null && !rows.isEmpty() && !gridLines.isEmpty()) {
        a = MisprintedLabels.find(finder.text(), index, gridLines, row.id(), row.label(), pos, window[1]);
      }
      if (a != null) {
        rows.add(a);
        pos = a.end();
        noteVariant(table, row, a);
      }
    }
    List<Anchor> all = new ArrayList<>(stops);
    all.addAll(rows);
    all.sort(Comparator.comparingInt(Anchor::start));
    int headerEnd = rows.isEmpty() ? window[0] : rows.get(0).start();
    noteColumnVariants(table, block, window[0], headerEnd);
    Map<String, Region> regions = new LinkedHashMap<>();
    List<List<Item>> itemsByRow = new ArrayList<>();
    for (Anchor a : rows) {
      int end = regionEnd(all, a, window[1]);
      if (gridLines.contains(index.line(a.end()) - 1)) {
        // A row of a table grid is one line: its values never continue on the next (another row, or a row whose
        // label was not recognised).
        int lineEnd = finder.text().indexOf('\n', a.end());
        end = lineEnd < 0 ? end : Math.min(end, lineEnd);
      }
      Tokenizer.Tokens tokens = Tokenizer.items(finder.text(), a.end(), end);
      itemsByRow.add(tokens.items());
      regions.put(a.row(), new Region(a.end(), end, tokens.items(), tokens.cut()));
    }
    List<ValueType> types = block.columns().stream().map(ColumnSpec::type).toList();
    return new Plan(table, block, regions, types, HeaderUnits.of(finder.text(), block, window[0], headerEnd),
        LineUnit.of(itemsByRow), columnsInOrder(block, window[0], headerEnd), gridColumns(block, window[0], headerEnd));
  }

  /** The cells of a planned block. */
  Map<CellId, Cell> solve(Plan plan, boolean runTogether, boolean drops) {
    TableSpec table = plan.table();
    BlockSpec block = plan.block();
    List<ValueType> types = plan.types();
    boolean aligned = aligned(plan.regions().values(), types.size());
    List<TableSolver.RowInput> inputs = new ArrayList<>();
    plan.regions().forEach((row, r) -> {
      int line = index.line(r.start()) - 1;
      int[] slots = null;
      // In a grid row, text that is not a value stands in a value slot (an OCR reading of no number): the slots after
      // it hold what cannot be known, so no cell of the row may pass for blank.
      boolean unreadSlot = !block.isSideBySide() && gridLines.contains(line) && r.cut() && !r.items().isEmpty();
      if (block.isSideBySide() && gridLines.contains(line + 1)) {
        slots = Layout.gridLineSlots(finder.text(), r.start(), r.items(), types.size());
      } else if (!block.isSideBySide() && gridLines.contains(line)) {
        slots = Layout.gridSlots(finder.text(), r.start(), r.items(), types.size(), plan.gridColumns());
      }
      if (slots == null) {
        slots = Layout.slots(finder.text(), r.start(), r.items(), types.size(), plan.lineUnit());
      }
      RowCandidates.Result res = RowReadings.of(r.items(), r.cut(), types, slots, runTogether, drops,
          Identities.hasRowRule(block) ? block.columns().size() : 0);
      boolean trusted = plan.columnsInOrder() && (aligned || (!r.items().isEmpty() && r.items().get(0).line() == 0));
      inputs.add(new TableSolver.RowInput(row, res.readings(), res.overflow() || !trusted || unreadSlot, types,
          plan.units()));
    });
    Map<String, TableSolver.Decision[]> decided =
        TableSolver.solve(inputs, Identities.rowRule(block),
            Identities.tableRule(block, inputs.stream().map(TableSolver.RowInput::row).toList()));
    return block.isSideBySide() ? SideBySide.cells(this, plan, decided)
        : cells(table, block, decided, plan.regions());
  }

  /**
   * Whether labels and values line up in this table. When some row holds more values than columns, or values followed
   * by stray text, the conversion that made the text has moved values away from their labels (a PDF table turned into
   * broken markdown): then only rows printed on their label's own line are read, and an empty region proves nothing.
   */
  private static boolean aligned(java.util.Collection<Region> regions, int columns) {
    for (Region r : regions) {
      if (r.items().size() > columns || (r.cut() && !r.items().isEmpty())) {
        return false;
      }
    }
    return true;
  }

  private static int regionEnd(List<Anchor> all, Anchor a, int limit) {
    for (Anchor next : all) {
      if (next.start() >= a.end() && next != a) {
        return Math.min(next.start(), limit);
      }
    }
    return limit;
  }

  /**
   * Whether a captioned block's header prints its columns in the template's order. Values are placed in that order,
   * so a report that swaps two columns must not have its values placed as if it had not. Blocks without a caption
   * (Table 3) are not checked: their headers span several rows and come out of a flattened table in another order.
   */
  private boolean columnsInOrder(BlockSpec block, int from, int to) {
    if (block.caption().isEmpty()) {
      return true;
    }
    int previous = -1;
    for (ColumnSpec col : block.columns()) {
      int[] at = findColumn(col, from, to);
      if (at == null) {
        continue; // a header not printed (or printed otherwise) says nothing about the order
      }
      if (at[0] < previous) {
        return false;
      }
      previous = at[0];
    }
    return true;
  }

  /**
   * For a block whose header is printed in a table grid, the grid slot (0-based field of its line) of the header cell
   * that holds each column label and nothing else; null when a label has no such cell (or several in different
   * slots), or the slots do not run left to right in template order.
   */
  private int[] gridColumns(BlockSpec block, int from, int to) {
    if (gridLines.isEmpty()) {
      return null;
    }
    Map<String, Integer> slots = new java.util.HashMap<>();
    String text = finder.text();
    for (int start = from; start < to; ) {
      int end = text.indexOf('\n', start);
      end = end < 0 || end > to ? to : end;
      if (gridLines.contains(index.line(start) - 1)) {
        String[] cells = text.substring(start, end).split("\t", -1);
        for (int f = 0; f < cells.length; f++) {
          Integer before = slots.putIfAbsent(Projection.key(cells[f]), f);
          if (before != null && before != f) {
            slots.put(Projection.key(cells[f]), -1);
          }
        }
      }
      start = end + 1;
    }
    int[] fields = new int[block.columns().size()];
    for (int c = 0; c < fields.length; c++) {
      ColumnSpec col = block.columns().get(c);
      Integer at = slots.get(Projection.key(col.label()));
      for (int i = 0; at == null && i < col.aliases().size(); i++) {
        at = slots.get(Projection.key(col.aliases().get(i)));
      }
      if (at == null || at < 0 || (c > 0 && at <= fields[c - 1])) {
        return null;
      }
      fields[c] = at;
    }
    return fields;
  }

  private int[] findColumn(ColumnSpec col, int from, int to) {
    int[] at = finder.findKey(Projection.key(col.label()), from, to);
    for (int i = 0; at == null && i < col.aliases().size(); i++) {
      at = finder.findKey(Projection.key(col.aliases().get(i)), from, to);
    }
    return at;
  }

  /** Column headers printed under a variant name ({@code 社会组织} for 社会公益组织), looked for in the block header. */
  private void noteColumnVariants(TableSpec table, BlockSpec block, int from, int to) {
    for (ColumnSpec col : block.columns()) {
      if (col.aliases().isEmpty() || finder.findKey(Projection.key(col.label()), from, to) != null) {
        continue;
      }
      for (String alias : col.aliases()) {
        int[] at = finder.findKey(Projection.key(alias), from, to);
        if (at != null) {
          variants.add(new LabelVariant(table.id() + ".*." + col.id(), col.label(), alias, index.span(at[0], at[1])));
        }
      }
    }
  }

  private void noteVariant(TableSpec table, RowSpec row, Anchor a) {
    if (a.variant() != null) {
      variants.add(new LabelVariant(table.id() + "." + row.id(), row.label(), a.variant(),
          index.span(a.start(), a.end())));
    }
  }

  /** A row's value region, the items in it, and whether it ended on text that is not a value. */
  record Region(int start, int end, List<Item> items, boolean cut) {}

  private Map<CellId, Cell> cells(TableSpec table, BlockSpec block, Map<String, TableSolver.Decision[]> decided,
      Map<String, Region> regions) {
    Map<CellId, Cell> out = new LinkedHashMap<>();
    decided.forEach((row, decisions) -> {
      Region region = regions.get(row);
      int r = rowIndex(block, row);
      for (int c = 0; c < decisions.length; c++) {
        CellId id = BlockCells.id(table, block, r, c);
        out.put(id, CellMaker.cell(id, decisions[c], region, this));
      }
    });
    return out;
  }

  private static int rowIndex(BlockSpec block, String row) {
    for (int i = 0; i < block.rows().size(); i++) {
      if (block.rows().get(i).id().equals(row)) {
        return i;
      }
    }
    throw new IllegalStateException("block " + block.id() + " has no row " + row);
  }

  /** The printed text at {@code [start, end)}, in the original script. */
  String raw(int start, int end) {
    return original.substring(start, end);
  }

  SourceSpan span(int start, int end) {
    return index.span(start, end);
  }
}
