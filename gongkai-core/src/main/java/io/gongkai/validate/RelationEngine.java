package io.gongkai.validate;

import io.gongkai.model.Finding;
import io.gongkai.model.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates {@link Relation}s over a sheet, purely. SPEC §7 asks for two evaluations: blanks counted as 0 (a failure
 * is reported at the rule's severity, saying blanks were counted as 0) and blanks as unknown (which adds nothing when
 * the first one passes, because BLANK_CELL already names the blanks). Cells that are uncertain, unreadable or missing
 * make the relation impossible to assess: that is reported once, as info, rather than guessed.
 */
final class RelationEngine {
  /** Relation lists are derived once per edition; each is laid out over sheet positions once too. */
  private static final Map<List<Relation>, List<Placed>> PLACED =
      Collections.synchronizedMap(new IdentityHashMap<>());

  private RelationEngine() {}

  /** The findings of every relation, in the list's order. */
  static List<Finding> evaluate(List<Relation> relations, Sheet sheet) {
    List<Placed> placed = PLACED.computeIfAbsent(relations, l -> l.stream().map(r -> Placed.of(r, sheet)).toList());
    List<Finding> out = new ArrayList<>();
    for (Placed p : placed) {
      Finding f = evaluate(p, sheet);
      if (f != null) {
        out.add(f);
      }
    }
    return out;
  }

  private static Finding evaluate(Placed p, Sheet sheet) {
    boolean allMissing = true;
    boolean known = true;
    boolean blanks = false;
    for (int at : p.positions()) {
      Operand o = sheet.operand(at);
      allMissing &= o.kind() == Operand.Kind.MISSING;
      known &= o.isKnown();
      blanks |= o.kind() == Operand.Kind.BLANK;
    }
    if (allMissing) {
      // A missing table or row is reported once by MISSING_TABLE or H6; repeating it per rule is noise.
      return null;
    }
    if (!known) {
      return notAssessed(p, sheet);
    }
    Relation rel = p.relation();
    if (p.whole(sheet)) {
      long actual = p.actual().wholeSum(sheet);
      long expected = p.expected().wholeSum(sheet);
      if (rel.op().holds(Long.compare(actual, expected))) {
        return null;
      }
      return failure(p, sheet, BigDecimal.valueOf(actual), BigDecimal.valueOf(expected), blanks);
    }
    BigDecimal actual = p.actual().sum(sheet);
    BigDecimal expected = p.expected().sum(sheet);
    return rel.op().holds(actual.compareTo(expected)) ? null : failure(p, sheet, actual, expected, blanks);
  }

  private static Finding failure(Placed p, Sheet sheet, BigDecimal actual, BigDecimal expected, boolean blanks) {
    Relation rel = p.relation();
    String zh = fill(rel.rule().failZh(), rel, true, actual, expected) + (blanks ? "（空白单元格按0计）" : "");
    String en = fill(rel.rule().failEn(), rel, false, actual, expected) + (blanks ? " (blank cells counted as 0)" : "");
    return new Finding(rel.rule().id(), rel.rule().severity(), p.ids(), rel.op().expected(expected),
        Domain.show(actual), zh, Labels.capitalised(en));
  }

  private static Finding notAssessed(Placed p, Sheet sheet) {
    Relation rel = p.relation();
    List<String> unknown = new ArrayList<>();
    for (int i = 0; i < p.positions().length; i++) {
      if (!sheet.operand(p.positions()[i]).isKnown()) {
        unknown.add(p.ids().get(i));
      }
    }
    String statementZh = fill(rel.rule().statementZh(), rel, true, null, null);
    String statementEn = fill(rel.rule().statementEn(), rel, false, null, null);
    String zh = rel.scopeZh() + "：无法核验“" + statementZh + "”，以下单元格不确定或缺失："
        + Labels.listZh(unknown, id -> Labels.cellZh(sheet.spec(id)));
    String en = rel.scopeEn() + ": cannot check \"" + statementEn + "\"; uncertain or missing: "
        + Labels.listEn(unknown, id -> Labels.cellEn(sheet.spec(id)));
    return new Finding(rel.rule().id(), Severity.INFO, p.ids(), null, null, zh, en);
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

  /** One side of a relation over sheet positions. */
  private record Side(int[] positions, boolean[] negated) {
    static Side of(List<Term> terms, Sheet sheet) {
      int[] at = new int[terms.size()];
      boolean[] neg = new boolean[terms.size()];
      for (int i = 0; i < at.length; i++) {
        at[i] = sheet.index(terms.get(i).cell());
        neg[i] = terms.get(i).negated();
      }
      return new Side(at, neg);
    }

    long wholeSum(Sheet sheet) {
      long total = 0;
      for (int i = 0; i < positions.length; i++) {
        long v = sheet.operand(positions[i]).whole();
        total = negated[i] ? total - v : total + v;
      }
      return total;
    }

    BigDecimal sum(Sheet sheet) {
      BigDecimal total = BigDecimal.ZERO;
      for (int i = 0; i < positions.length; i++) {
        BigDecimal v = sheet.operand(positions[i]).value();
        total = negated[i] ? total.subtract(v) : total.add(v);
      }
      return total;
    }
  }

  /**
   * A relation laid over sheet positions, its cells in template order.
   *
   * @param ids the cells the relation reads, in template order; {@code positions} parallel to it
   */
  private record Placed(Relation relation, List<String> ids, int[] positions, Side actual, Side expected) {
    static Placed of(Relation r, Sheet sheet) {
      List<String> ids = r.cells().stream().sorted(Comparator.comparingInt(sheet::position)).toList();
      return new Placed(r, ids, ids.stream().mapToInt(sheet::index).toArray(), Side.of(r.actual(), sheet),
          Side.of(r.expected(), sheet));
    }

    /** Whether every operand is a whole number, so the sums can be taken in longs. */
    boolean whole(Sheet sheet) {
      for (int at : positions) {
        if (!sheet.operand(at).isWhole()) {
          return false;
        }
      }
      return true;
    }
  }
}
