package io.gongkai.extract.internal;

import io.gongkai.schema.ValueType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Decides each cell of a table from the readings of its rows. A cell is certain when every reading the layout allows
 * gives it the same value; otherwise the template's identities (row totals, then the column identities across rows)
 * narrow the readings, and the cell is certain only if every reading that satisfies them agrees. Anything else is
 * uncertain, with the values still possible as candidates. Printed values are never changed, only placed.
 */
final class TableSolver {
  /** Past this many combinations of ambiguous rows, the column identities are not used. */
  private static final long JOINT_LIMIT = 200_000;

  private TableSolver() {}

  /** One row to decide. */
  record RowInput(String row, List<Piece[]> readings, boolean overflow, List<ValueType> types, String[] units) {}

  /**
   * What was decided for one cell: a piece placed with certainty (null piece = nothing printed) with its readings (one
   * value, or two when a money unit is unknown), or, when not certain, the candidates.
   */
  record Decision(boolean certain, Piece piece, List<String> readings, List<String> candidates) {}

  /**
   * A reading with its values worked out once: the readings of each cell (empty for a blank; compared to decide, and
   * handed on with the decision) and the numbers the identities add up.
   */
  private record Option(Piece[] pieces, List<List<String>> values, BigDecimal[] numbers) {
    static Option of(Piece[] pieces, RowInput r) {
      List<List<String>> values = new ArrayList<>(pieces.length);
      BigDecimal[] numbers = new BigDecimal[pieces.length];
      for (int c = 0; c < pieces.length; c++) {
        Piece p = pieces[c];
        List<String> v = p == null || p.blank() ? List.of() : Values.readings(p, r.types().get(c), r.units()[c]);
        values.add(v);
        numbers[c] = v.isEmpty() ? BigDecimal.ZERO : Values.number(v.get(0));
      }
      return new Option(pieces, values, numbers);
    }

    Decision certain(int c) {
      return new Decision(true, pieces[c], values.get(c), List.of());
    }
  }

  /**
   * Decides every row.
   *
   * @param tableRule the identities across rows, over one array of numbers per row of {@code rows} in their order
   */
  static Map<String, Decision[]> solve(List<RowInput> rows, Predicate<BigDecimal[]> rowRule,
      Predicate<BigDecimal[][]> tableRule) {
    Map<String, List<Option>> all = new LinkedHashMap<>();
    Map<String, List<Option>> choices = new LinkedHashMap<>();
    for (RowInput r : rows) {
      List<Option> options = r.readings().stream().map(p -> Option.of(p, r)).toList();
      List<Option> consistent = options.stream().filter(o -> rowRule.test(o.numbers())).toList();
      all.put(r.row(), options);
      // A row whose readings were too many to list holds an incomplete set: it must not constrain the others.
      choices.put(r.row(), r.overflow() ? List.of() : consistent.isEmpty() ? options : consistent);
    }
    Map<String, List<Option>> joint = joint(rows, choices, tableRule);
    Map<String, Decision[]> out = new LinkedHashMap<>();
    for (RowInput r : rows) {
      List<Option> narrowed = joint != null && !joint.get(r.row()).isEmpty() ? joint.get(r.row())
          : choices.get(r.row()).isEmpty() ? all.get(r.row()) : choices.get(r.row());
      out.put(r.row(), decide(r, all.get(r.row()), narrowed));
    }
    return out;
  }

  private static Decision[] decide(RowInput r, List<Option> options, List<Option> narrowed) {
    Decision[] d = new Decision[r.types().size()];
    for (int c = 0; c < d.length; c++) {
      if (r.overflow() || options.isEmpty()) {
        d[c] = new Decision(false, null, List.of(), List.of());
      } else if (agree(options, c)) {
        d[c] = options.get(0).certain(c);
      } else if (agree(narrowed, c)) {
        d[c] = narrowed.get(0).certain(c);
      } else {
        d[c] = new Decision(false, null, List.of(), candidates(narrowed, c));
      }
    }
    return d;
  }

  private static boolean agree(List<Option> options, int c) {
    List<String> first = options.get(0).values().get(c);
    for (int i = 1; i < options.size(); i++) {
      if (!Objects.equals(first, options.get(i).values().get(c))) {
        return false;
      }
    }
    return true;
  }

  private static List<String> candidates(List<Option> options, int c) {
    Set<String> values = new LinkedHashSet<>();
    for (Option o : options) {
      values.addAll(o.values().get(c));
    }
    return new ArrayList<>(values).subList(0, Math.min(values.size(), 12));
  }

  /** The options of each row that take part in some combination satisfying the table rule; null when none does. */
  private static Map<String, List<Option>> joint(List<RowInput> rows, Map<String, List<Option>> choices,
      Predicate<BigDecimal[][]> tableRule) {
    long combos = 1;
    for (List<Option> c : choices.values()) {
      combos *= Math.max(1, c.size());
      if (combos > JOINT_LIMIT) {
        return null;
      }
    }
    if (combos == 1) {
      // One reading per row: the column identities can only confirm it or reject it, and either way the row
      // readings already decide (a rejected combination is a report's own error, for the checks to find).
      return null;
    }
    List<List<Option>> options = rows.stream().map(r -> choices.get(r.row())).toList();
    List<Set<Option>> seen = new ArrayList<>();
    rows.forEach(r -> seen.add(java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>())));
    new Search(options, tableRule, seen).from(0);
    Map<String, List<Option>> kept = new LinkedHashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      Set<Option> s = seen.get(i);
      kept.put(rows.get(i).row(), options.get(i).stream().filter(s::contains).toList());
    }
    boolean solved = rows.stream().allMatch(r -> choices.get(r.row()).isEmpty() || !kept.get(r.row()).isEmpty());
    return solved ? kept : null;
  }

  /** Every combination of one option per row, the ones the rule accepts marked as seen. */
  private record Search(List<List<Option>> options, Predicate<BigDecimal[][]> rule, List<Set<Option>> seen,
      Option[] picked, BigDecimal[][] numbers) {
    Search(List<List<Option>> options, Predicate<BigDecimal[][]> rule, List<Set<Option>> seen) {
      this(options, rule, seen, new Option[options.size()], new BigDecimal[options.size()][]);
    }

    void from(int i) {
      if (i == options.size()) {
        if (rule.test(numbers)) {
          for (int r = 0; r < picked.length; r++) {
            if (picked[r] != null) {
              seen.get(r).add(picked[r]);
            }
          }
        }
        return;
      }
      for (Option o : options.get(i)) {
        picked[i] = o;
        numbers[i] = o.numbers();
        from(i + 1);
      }
      if (options.get(i).isEmpty()) {
        from(i + 1);
      }
      picked[i] = null;
      numbers[i] = null;
    }
  }
}
