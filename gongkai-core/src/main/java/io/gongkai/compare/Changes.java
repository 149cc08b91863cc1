package io.gongkai.compare;

import io.gongkai.model.Cell;
import io.gongkai.model.Reading;
import io.gongkai.model.Status;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Year-over-year changes of the cells two readings share, in this year's template order. */
public final class Changes {
  private Changes() {}

  /**
   * Every cell of {@code current} whose certain value differs from {@code previous}'s, or that is certain in one year
   * only. Blank cells count as 0 (the template asks for 0 where there is nothing); uncertain and missing cells have no
   * value. Cells of one edition only (Table 2 across the 2021 change) are left out.
   */
  public static List<CellChange> between(Reading previous, Reading current) {
    List<CellChange> out = new ArrayList<>();
    for (Cell now : current.cells()) {
      Cell was = previous.cell(now.id().toString());
      if (was == null) {
        continue;
      }
      String before = value(was);
      String after = value(now);
      if (before == null && after == null) {
        continue;
      }
      BigDecimal a = number(after);
      BigDecimal b = number(before);
      BigDecimal delta = a != null && b != null ? a.subtract(b) : null;
      if (delta == null ? !java.util.Objects.equals(before, after) : delta.signum() != 0) {
        out.add(new CellChange(now.id().toString(), before, after, delta));
      }
    }
    return out;
  }

  private static String value(Cell c) {
    return c.status() == Status.OK ? c.value() : c.status() == Status.BLANK ? "0" : null;
  }

  /** The value as a number; null when there is none or it does not parse (H5 reports such a value). */
  private static BigDecimal number(String value) {
    if (value == null) {
      return null;
    }
    try {
      return new BigDecimal(value);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
