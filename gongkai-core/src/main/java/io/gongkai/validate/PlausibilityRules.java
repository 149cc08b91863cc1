package io.gongkai.validate;

import io.gongkai.model.Cell;
import io.gongkai.model.Finding;
import io.gongkai.model.Severity;
import io.gongkai.schema.CellSpec;
import io.gongkai.schema.ValueType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Plausibility rules of SPEC §7.3 that are not sums: P4 (规章 from an organ without rule-making power), P5 (units of
 * money cells), P8 (reconsideration or litigation without any application). They flag what a reviewer should look
 * at; none of them says the report is wrong.
 */
final class PlausibilityRules {
  private static final String REGULATIONS = "regulations";
  private static final String TOTAL = io.gongkai.schema.Arithmetic.TOTAL;

  private PlausibilityRules() {}

  /** P4: non-zero 规章 figures from a township, street office or county-level organ. */
  static List<Finding> regulationsPower(Sheet sheet) {
    String agency = sheet.reading().agency();
    if (!Organ.of(agency).cannotMakeRegulations()) {
      return List.of();
    }
    List<CellSpec> nonZero = sheet.rows("t2").stream().filter(r -> r.row().id().equals(REGULATIONS))
        .flatMap(r -> r.cells().stream()).filter(s -> positive(sheet.operand(s.id().toString()))).toList();
    if (nonZero.isEmpty()) {
      return List.of();
    }
    List<String> ids = nonZero.stream().map(s -> s.id().toString()).toList();
    return List.of(new Finding("P4", Severity.WARNING, ids, "0", Labels.listEn(ids, id -> sheet.cell(id).value()),
        Labels.rowZh(nonZero.get(0).row()) + "：" + agency + "属乡镇、街道或县级机关，无权制定规章，但"
            + Labels.listZh(nonZero, s -> Labels.columnZh(s.column()) + "为" + sheet.cell(s.id().toString()).value())
            + "，请核实",
        Labels.capitalised(Labels.rowEn(nonZero.get(0).row())) + ": " + agency + " is a township, street or county-level organ, which cannot make 规章, yet "
            + Labels.listEn(nonZero,
                s -> Labels.columnEn(s.column()) + " is " + sheet.cell(s.id().toString()).value())));
  }

  /** P5: money cells whose printed unit is absent where the template prints none, or is 元 rather than 万元. */
  static List<Finding> units(Sheet sheet) {
    List<Finding> out = new ArrayList<>();
    for (CellSpec s : sheet.specs()) {
      Cell c = sheet.cell(s.id().toString());
      // Zero is zero in any unit, so a bare 0 (seed 001) is not worth a reviewer's time.
      if (s.type() != ValueType.WAN_YUAN || !positive(sheet.operand(s.id().toString())) || c.raw() == null) {
        continue;
      }
      String raw = sheet.simplified(c.raw());
      List<String> id = List.of(s.id().toString());
      if (!raw.contains("元") && !s.column().label().contains("万元")) {
        out.add(new Finding("P5", Severity.INFO, id, "万元", c.raw(),
            Labels.cellZh(s) + "：“" + c.raw().strip() + "”未注明单位，模板此栏亦无单位",
            Labels.capitalised(Labels.cellEn(s)) + ": \"" + c.raw().strip() + "\" has no unit printed"));
      } else if (raw.contains("元") && !raw.contains("万元")) {
        out.add(new Finding("P5", Severity.INFO, id, "万元", c.raw(),
            Labels.cellZh(s) + "：原文“" + c.raw().strip() + "”以元为单位，已换算为" + c.value() + "万元",
            Labels.capitalised(Labels.cellEn(s)) + ": printed in yuan (\"" + c.raw().strip()
                + "\"), normalised to " + c.value() + " wan yuan"));
      }
    }
    return out;
  }

  /** P8: Table 4 reports cases while Table 3 shows no application at all, this year or carried over. */
  static List<Finding> casesWithoutApplications(Sheet sheet) {
    List<String> cases = sheet.rows("t4").stream().map(r -> r.table() + "." + r.row().id() + "." + TOTAL)
        .filter(sheet::has).filter(id -> positive(sheet.operand(id))).toList();
    List<String> t3 = sheet.specs().stream().filter(s -> s.id().table().equals("t3"))
        .map(s -> s.id().toString()).toList();
    boolean noApplications = !t3.isEmpty() && t3.stream().map(sheet::operand)
        .allMatch(o -> o.isKnown() && o.value().signum() == 0);
    if (cases.isEmpty() || !noApplications) {
      return List.of();
    }
    BigDecimal n = cases.stream().map(id -> sheet.operand(id).value()).reduce(BigDecimal.ZERO, BigDecimal::add);
    return List.of(new Finding("P8", Severity.INFO, cases, null, Domain.show(n),
        "表四有行政复议或行政诉讼" + Domain.show(n) + "件，而表三全部为0；若案件涉及主动公开则属正常，请核实",
        "Table 4 has " + Domain.show(n) + " reconsideration or litigation cases while Table 3 is all zero;"
            + " possible if they concern proactive disclosure, worth a look"));
  }

  private static boolean positive(Operand o) {
    return o.kind() == Operand.Kind.NUMBER && o.value().signum() > 0;
  }
}
