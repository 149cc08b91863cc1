package io.gongkai.stats;

import io.gongkai.export.ExportCell;
import io.gongkai.export.SelectedReport;
import io.gongkai.model.Status;
import io.gongkai.schema.CellSpec;
import io.gongkai.schema.Edition;
import io.gongkai.schema.Template;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of one report that the statistics add up, each null when a cell it needs is uncertain or missing (or
 * not a whole number): only cells read with certainty count, and a blank cell counts as 0.
 */
record Figures(Long received, Long carriedOver, Long processed, Map<Outcome, Long> outcomes, Long reviews,
    Long lawsuits) {
  /** 一、本年新收政府信息公开申请数量, 总计. */
  static final String RECEIVED = "t3.new_received.total";
  /** 二、上年结转政府信息公开申请数量, 总计. */
  static final String CARRIED_OVER = "t3.carried_over.total";
  /** （七）总计, 总计. */
  static final String PROCESSED = "t3.total_processed.total";
  /** 行政复议, 总计. */
  static final String REVIEWS = "t4.review.total";
  /** Table 4's lawsuit rows are those whose label starts with this (行政诉讼·未经复议直接起诉, ·复议后起诉). */
  private static final String LAWSUIT_ROWS = "行政诉讼";

  /** Each edition's outcome cells and lawsuit cells, looked up once rather than for every report. */
  private static final Map<Edition, Map<Outcome, List<String>>> OUTCOME_CELLS = new EnumMap<>(Edition.class);
  private static final Map<Edition, List<String>> LAWSUIT_CELLS = new EnumMap<>(Edition.class);

  static {
    for (Edition e : Edition.values()) {
      Map<Outcome, List<String>> cells = new EnumMap<>(Outcome.class);
      for (Outcome o : Outcome.values()) {
        cells.put(o, o.cells(e));
      }
      OUTCOME_CELLS.put(e, cells);
      LAWSUIT_CELLS.put(e, lawsuitCells(e));
    }
  }

  /** Reads the figures from a report's cells. */
  static Figures of(SelectedReport r) {
    Map<String, Long> v = new HashMap<>();
    for (ExportCell c : r.cells()) {
      v.put(c.id(), number(c));
    }
    Map<Outcome, Long> outcomes = new EnumMap<>(Outcome.class);
    for (Outcome o : Outcome.values()) {
      outcomes.put(o, sum(v, OUTCOME_CELLS.get(r.edition()).get(o)));
    }
    return new Figures(v.get(RECEIVED), v.get(CARRIED_OVER), v.get(PROCESSED), outcomes, v.get(REVIEWS),
        sum(v, LAWSUIT_CELLS.get(r.edition())));
  }

  /** Whether every outcome and the total are known. */
  boolean outcomesKnown() {
    return processed != null && outcomes.values().stream().allMatch(java.util.Objects::nonNull);
  }

  private static List<String> lawsuitCells(Edition edition) {
    return Template.standard().cells(edition).stream()
        .filter(c -> c.id().table().equals("t4") && c.id().col().equals(Outcome.TOTAL_COLUMN))
        .filter(c -> c.rowLabel().startsWith(LAWSUIT_ROWS)).map(CellSpec::id).map(Object::toString).toList();
  }

  /** The sum of the cells, or null when one is unknown or there are none (an edition without tables). */
  private static Long sum(Map<String, Long> values, List<String> cells) {
    if (cells.isEmpty()) {
      return null;
    }
    long total = 0;
    for (String id : cells) {
      Long x = values.get(id);
      if (x == null) {
        return null;
      }
      total += x;
    }
    return total;
  }

  private static Long number(ExportCell c) {
    if (c.status() == Status.BLANK) {
      return 0L;
    }
    if (c.status() != Status.OK || c.value() == null) {
      return null;
    }
    try {
      return new BigDecimal(c.value()).longValueExact();
    } catch (ArithmeticException | NumberFormatException e) {
      return null;
    }
  }
}
