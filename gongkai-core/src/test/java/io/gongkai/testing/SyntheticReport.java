package io.gongkai.testing;

import io.gongkai.schema.CellSpec;
import io.gongkai.schema.Edition;
import io.gongkai.schema.Template;
import io.gongkai.schema.ValueType;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A made-up annual report: what its tables print, cell by cell, before any layout is chosen. Renderers turn it into
 * text; property tests compare what the extractor reads with {@link #expected(String)}.
 *
 * @param printed cell id to the text printed in the cell, unit and sign included ({@code "+1"}, {@code "461.7 万元"});
 *     a blank cell prints one of {@link #BLANK_MARKS}
 */
public record SyntheticReport(Edition edition, int year, String agency, Map<String, String> printed) {
  /** What a report may print in a cell that holds nothing (SPEC §10): empty, or an explicit "none". */
  public static final List<String> BLANK_MARKS = List.of("", "/", "-", "—", "无");

  public SyntheticReport {
    Objects.requireNonNull(edition, "edition");
    Objects.requireNonNull(agency, "agency");
    printed = Map.copyOf(printed);
    Set<String> ids = Set.copyOf(cellIds(edition));
    if (!printed.keySet().equals(ids)) {
      throw new IllegalArgumentException("a synthetic report prints every cell of its edition, and only those");
    }
  }

  /** A report printing 0 in every cell; {@link #withPrinted} then sets the cells a test is about. */
  public static SyntheticReport zeros(Edition edition, int year, String agency) {
    Map<String, String> p = new LinkedHashMap<>();
    cellIds(edition).forEach(id -> p.put(id, "0"));
    return new SyntheticReport(edition, year, agency, p);
  }

  /** The ids of every cell of an edition, in the public order. */
  public static List<String> cellIds(Edition edition) {
    return Template.standard().cells(edition).stream().map(c -> c.id().toString()).toList();
  }

  /** The template cells of this report's edition, in the public order. */
  public List<CellSpec> cells() {
    return Template.standard().cells(edition);
  }

  /** Whether the cell prints nothing or an explicit "none". */
  public boolean isBlank(String id) {
    return BLANK_MARKS.contains(printed.get(id));
  }

  /** Whether any cell is blank. */
  public boolean hasBlanks() {
    return printed.keySet().stream().anyMatch(this::isBlank);
  }

  /** The value the extractor must give for a printed cell (OUTPUT.md), or null for a blank cell. */
  public String expected(String id) {
    if (isBlank(id)) {
      return null;
    }
    CellSpec spec = cells().stream().filter(c -> c.id().toString().equals(id)).findFirst().orElseThrow();
    return normalise(printed.get(id), spec.type());
  }

  /** The expected value of every printed cell, by id; blank cells map to null. */
  public Map<String, String> expectedValues() {
    Map<String, String> out = new LinkedHashMap<>();
    for (CellSpec c : cells()) {
      String id = c.id().toString();
      out.put(id, isBlank(id) ? null : normalise(printed.get(id), c.type()));
    }
    return out;
  }

  /** The same report printing other cell texts (used to blank cells or change units). */
  public SyntheticReport withPrinted(Map<String, String> changes) {
    Map<String, String> p = new LinkedHashMap<>(printed);
    p.putAll(changes);
    return new SyntheticReport(edition, year, agency, p);
  }

  private static String normalise(String text, ValueType type) {
    String t = text.replace(" ", "");
    return switch (type) {
      case COUNT -> new BigDecimal(t).toBigIntegerExact().toString();
      case SIGNED -> new BigDecimal(t.startsWith("+") ? t.substring(1) : t).toBigIntegerExact().toString();
      case WAN_YUAN -> money(t);
    };
  }

  /** 万元 as an exact decimal: {@code 251000元 → 25.1}, {@code 461.7万元 → 461.7}, a bare number is 万元. */
  private static String money(String t) {
    BigDecimal v;
    if (t.endsWith("万元") || t.endsWith("萬元")) {
      v = new BigDecimal(t.substring(0, t.length() - 2));
    } else if (t.endsWith("元")) {
      v = new BigDecimal(t.substring(0, t.length() - 1)).movePointLeft(4);
    } else {
      v = new BigDecimal(t);
    }
    v = v.stripTrailingZeros();
    return (v.scale() < 0 ? v.setScale(0) : v).toPlainString();
  }
}
