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

  /** What was decided for one cell: a piece placed with certainty (null piece = nothing printed), or candidates. */
  record Decision(boolean certain, Piece piece, List<String> candidates) {}

  static Map<String, Decision[]> solve(List<RowInput> rows, Predicate<BigDecimal[]> rowRule,
      Predicate<Map<String, BigDecimal[]>> tableRule) {
    Map<String, List<Piece[]>> choices = new LinkedHashMap<>();
    for (RowInput r : rows) {
      List<Piece[]> consistent = r.readings().stream().filter(p -> rowRule.test(numbers(p, r))).toList();
      choices.put(r.row(), consistent.isEmpty() ? r.readings() : consistent);
    }
    Map<String, List<Piece[]>> joint = joint(rows, choices, tableRule);
    Map<String, Decision[]> out = new LinkedHashMap<>();
    for (RowInput r : rows) {
      List<Piece[]> narrowed = joint != null ? joint.get(r.row()) : choices.get(r.row());
      out.put(r.row(), decide(r, narrowed));
    }
    return out;
  }

  private static Decision[] decide(RowInput r, List<Piece[]> narrowed) {
    Decision[] d = new Decision[r.types().size()];
    for (int c = 0; c < d.length; c++) {
      if (r.overflow() || r.readings().isEmpty()) {
        d[c] = new Decision(false, null, List.of());
      } else if (r.readings().size() == 1 || agree(r.readings(), r, c)) {
        d[c] = new Decision(true, r.readings().get(0)[c], List.of());
      } else if (agree(narrowed, r, c)) {
        d[c] = new Decision(true, narrowed.get(0)[c], List.of());
      } else {
        d[c] = new Decision(false, null, candidates(narrowed, r, c));
      }
    }
    return d;
  }

  private static boolean agree(List<Piece[]> readings, RowInput r, int c) {
    String first = value(readings.get(0)[c], r, c);
    for (Piece[] p : readings) {
      if (!Objects.equals(first, value(p[c], r, c))) {
        return false;
      }
    }
    return true;
  }

  private static List<String> candidates(List<Piece[]> readings, RowInput r, int c) {
    Set<String> values = new LinkedHashSet<>();
    for (Piece[] p : readings) {
      if (p[c] != null && !p[c].blank()) {
        values.addAll(Values.readings(p[c], r.types().get(c), r.units()[c]));
      }
    }
    return new ArrayList<>(values).subList(0, Math.min(values.size(), 12));
  }

  /** The value of a piece for comparing readings (money with an unknown unit keeps both readings). */
  static String value(Piece p, RowInput r, int c) {
    if (p == null || p.blank()) {
      return null;
    }
    return String.join("|", Values.readings(p, r.types().get(c), r.units()[c]));
  }

  static BigDecimal[] numbers(Piece[] reading, RowInput r) {
    BigDecimal[] n = new BigDecimal[reading.length];
    for (int c = 0; c < reading.length; c++) {
      Piece p = reading[c];
      n[c] = p == null || p.blank() ? BigDecimal.ZERO
          : Values.number(Values.readings(p, r.types().get(c), r.units()[c]).get(0));
    }
    return n;
  }

  /** The readings of each row that take part in some combination satisfying the table rule; null when none does. */
  private static Map<String, List<Piece[]>> joint(List<RowInput> rows, Map<String, List<Piece[]>> choices,
      Predicate<Map<String, BigDecimal[]>> tableRule) {
    long combos = 1;
    for (List<Piece[]> c : choices.values()) {
      combos *= Math.max(1, c.size());
      if (combos > JOINT_LIMIT) {
        return null;
      }
    }
    Map<String, List<Piece[]>> kept = new LinkedHashMap<>();
    rows.forEach(r -> kept.put(r.row(), new ArrayList<>()));
    search(rows, choices, 0, new LinkedHashMap<>(), new LinkedHashMap<>(), tableRule, kept);
    return kept.values().stream().anyMatch(List::isEmpty) ? null : kept;
  }

  private static void search(List<RowInput> rows, Map<String, List<Piece[]>> choices, int i,
      Map<String, Piece[]> picked, Map<String, BigDecimal[]> numbers, Predicate<Map<String, BigDecimal[]>> rule,
      Map<String, List<Piece[]>> kept) {
    if (i == rows.size()) {
      if (rule.test(numbers)) {
        picked.forEach((row, p) -> {
          if (!kept.get(row).contains(p)) {
            kept.get(row).add(p);
          }
        });
      }
      return;
    }
    RowInput r = rows.get(i);
    List<Piece[]> options = choices.get(r.row());
    if (options.isEmpty()) {
      search(rows, choices, i + 1, picked, numbers, rule, kept);
      return;
    }
    for (Piece[] p : options) {
      picked.put(r.row(), p);
      numbers.put(r.row(), numbers(p, r));
      search(rows, choices, i + 1, picked, numbers, rule, kept);
    }
    picked.remove(r.row());
    numbers.remove(r.row());
  }
}
