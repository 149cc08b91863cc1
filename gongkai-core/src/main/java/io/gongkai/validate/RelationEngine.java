package io.gongkai.validate;

import io.gongkai.model.Finding;
import io.gongkai.model.Severity;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Evaluates a {@link Relation} over a sheet, purely. SPEC §7 asks for two evaluations: blanks counted as 0 (a failure
 * is reported at the rule's severity, saying blanks were counted as 0) and blanks as unknown (which adds nothing when
 * the first one passes, because BLANK_CELL already names the blanks). Cells that are uncertain, unreadable or missing
 * make the relation impossible to assess: that is reported once, as info, rather than guessed.
 */
final class RelationEngine {
  /** Relations are derived once per edition; the template order of their cells is worked out once too. */
  private static final java.util.Map<Relation, List<String>> ORDERED =
      java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

  private RelationEngine() {}

  static Optional<Finding> evaluate(Relation rel, Sheet sheet) {
    List<String> cells = ORDERED.computeIfAbsent(rel,
        r -> r.cells().stream().sorted(Comparator.comparingInt(sheet::position)).toList());
    if (cells.stream().allMatch(id -> sheet.operand(id).kind() == Operand.Kind.MISSING)) {
      // A missing table or row is reported once by MISSING_TABLE or H6; repeating it per rule is noise.
      return Optional.empty();
    }
    List<String> unknown = cells.stream().filter(id -> !sheet.operand(id).isKnown()).toList();
    if (!unknown.isEmpty()) {
      return Optional.of(notAssessed(rel, sheet, cells, unknown));
    }
    BigDecimal actual = sum(rel.actual(), sheet);
    BigDecimal expected = sum(rel.expected(), sheet);
    if (rel.op().holds(actual, expected)) {
      return Optional.empty();
    }
    boolean blanks = cells.stream().anyMatch(id -> sheet.operand(id).kind() == Operand.Kind.BLANK);
    String zh = fill(rel.rule().failZh(), rel, true, actual, expected) + (blanks ? "（空白单元格按0计）" : "");
    String en = fill(rel.rule().failEn(), rel, false, actual, expected) + (blanks ? " (blank cells counted as 0)" : "");
    return Optional.of(new Finding(rel.rule().id(), rel.rule().severity(), cells, rel.op().expected(expected),
        Domain.show(actual), zh, Labels.capitalised(en)));
  }

  private static Finding notAssessed(Relation rel, Sheet sheet, List<String> cells, List<String> unknown) {
    String statementZh = fill(rel.rule().statementZh(), rel, true, null, null);
    String statementEn = fill(rel.rule().statementEn(), rel, false, null, null);
    String zh = rel.scopeZh() + "：无法核验“" + statementZh + "”，以下单元格不确定或缺失："
        + Labels.listZh(unknown, id -> Labels.cellZh(sheet.spec(id)));
    String en = rel.scopeEn() + ": cannot check \"" + statementEn + "\"; uncertain or missing: "
        + Labels.listEn(unknown, id -> Labels.cellEn(sheet.spec(id)));
    return new Finding(rel.rule().id(), Severity.INFO, cells, null, null, zh, en);
  }

  private static BigDecimal sum(List<Term> terms, Sheet sheet) {
    BigDecimal total = BigDecimal.ZERO;
    for (Term t : terms) {
      BigDecimal v = sheet.operand(t.cell()).value();
      total = t.negated() ? total.subtract(v) : total.add(v);
    }
    return total;
  }

  private static String fill(String template, Relation rel, boolean zh, BigDecimal actual, BigDecimal expected) {
    String out = template
        .replace("{scope}", zh ? rel.scopeZh() : rel.scopeEn())
        .replace("{A}", zh ? namesZh(rel.actual()) : namesEn(rel.actual()))
        .replace("{E}", zh ? namesZh(rel.expected()) : namesEn(rel.expected()));
    if (actual != null) {
      out = out.replace("{a}", Domain.show(actual)).replace("{e}", Domain.show(expected));
    }
    return out;
  }

  /** 本年制发件数减本年废止件数; a list of three or more added parts reads better with 顿号 (结果维持、结果纠正…). */
  private static String namesZh(List<Term> terms) {
    if (terms.isEmpty()) {
      return "0";
    }
    if (terms.size() > 2 && terms.stream().noneMatch(Term::negated)) {
      return Labels.listZh(terms, Term::labelZh);
    }
    StringBuilder sb = new StringBuilder(terms.get(0).labelZh());
    terms.subList(1, terms.size()).forEach(t -> sb.append(t.negated() ? "减" : "加").append(t.labelZh()));
    return sb.toString();
  }

  private static String namesEn(List<Term> terms) {
    if (terms.isEmpty()) {
      return "0";
    }
    StringBuilder sb = new StringBuilder(terms.get(0).labelEn());
    terms.subList(1, terms.size()).forEach(t -> sb.append(t.negated() ? " - " : " + ").append(t.labelEn()));
    return sb.toString();
  }
}
