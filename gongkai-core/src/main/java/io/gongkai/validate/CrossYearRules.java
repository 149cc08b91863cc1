package io.gongkai.validate;

import io.gongkai.model.Finding;
import io.gongkai.model.Reading;
import io.gongkai.model.Section;
import io.gongkai.model.Severity;
import io.gongkai.schema.CellSpec;
import io.gongkai.schema.Edition;
import io.gongkai.schema.TableSpec;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules of SPEC §7.2 that need a second report: X1 carry-over, X2 in-force counts (2021 edition), X3 item counts
 * (2019 edition), X4 edition change, X5 copy-paste (雷同) against the previous year or another organ. Each finding
 * names both reports; the cells it lists are the current report's. Neither reading is changed.
 */
public final class CrossYearRules {
  /** Share of a section's text repeated from the other report at which it counts as copied (CASS found ≈90%, S12). */
  static final double COPIED = 0.9;
  /**
   * A section is judged on its own only when it says this much of its own (four-character shingles, about as many
   * characters): a repeated one-line statement (未收取信息处理费) is no copied report.
   */
  private static final int SECTION_SHINGLES = 150;
  /** An identical table proves little when it is nearly all zeros (an organ with no applications two years running). */
  private static final int MIN_NONZERO = 3;
  private static final List<String> SECTIONS = List.of("一", "二", "三", "四", "五", "六");

  private CrossYearRules() {}

  /**
   * Findings about {@code current} that come from comparing it with {@code previous}, the same organ's report for the
   * year before; none when the two are not consecutive years.
   */
  public static List<Finding> check(Reading previous, Reading current) {
    if (previous.year() == null || current.year() == null || previous.year() != current.year() - 1) {
      return List.of();
    }
    Sheet before = new Sheet(previous);
    Sheet now = new Sheet(current);
    List<Finding> out = new ArrayList<>();
    if (before.hasTables() && now.hasTables()) {
      out.addAll(carryOver(before, now));
      if (previous.edition() != current.edition()) {
        out.add(editionChange(before, now));
      } else if (current.edition() == Edition.E2021) {
        out.addAll(inForce(before, now));
      } else if (current.edition() == Edition.E2019) {
        out.addAll(items(before, now));
      }
    }
    out.addAll(copied(before, now));
    return out;
  }

  /**
   * X5 across organs: {@code current} repeats most of the text, or a table, of {@code other}, another organ's report
   * (usually of the same region and year).
   */
  public static List<Finding> copiedFromAnother(Reading other, Reading current) {
    return copied(new Sheet(other), new Sheet(current));
  }

  /** X1: this year's 二、上年结转 equals last year's 四、结转下年度继续办理, column by column. */
  private static List<Finding> carryOver(Sheet before, Sheet now) {
    List<Finding> out = new ArrayList<>();
    for (CellSpec s : now.specs()) {
      if (!s.id().table().equals("t3") || !s.id().row().equals("carried_over")) {
        continue;
      }
      String previousId = "t3.carried_forward." + s.id().col();
      if (!before.has(previousId)) {
        continue;
      }
      Operand was = before.operand(previousId);
      Operand is = now.operand(s.id().toString());
      if (!was.isKnown() || !is.isKnown() || was.value().compareTo(is.value()) == 0) {
        continue;
      }
      boolean blank = was.kind() == Operand.Kind.BLANK || is.kind() == Operand.Kind.BLANK;
      String column = Labels.columnZh(s.column());
      out.add(new Finding("X1", Severity.ERROR, List.of(s.id().toString()), Domain.show(was.value()),
          Domain.show(is.value()),
          column + "列：上年结转（" + Domain.show(is.value()) + "）不等于" + nameZh(before) + "的结转下年度继续办理（"
              + Domain.show(was.value()) + "）" + (blank ? "（空白按0计）" : "") + "；如因机构改革或更正统计，请说明",
          Labels.capitalised(Labels.columnEn(s.column())) + " column: carried over (" + Domain.show(is.value())
              + ") differs from carried forward (" + Domain.show(was.value()) + ") in " + nameEn(before)
              + (blank ? " (blank counted as 0)" : "") + "; a reorganisation or corrected statistics needs a note"));
    }
    return out;
  }

  /** X2: 现行有效件数 ≈ last year's + 本年制发件数 − 本年废止件数 (documents also lapse, so a warning). */
  private static List<Finding> inForce(Sheet before, Sheet now) {
    List<Finding> out = new ArrayList<>();
    for (String row : List.of("t2.regulations", "t2.normative_documents")) {
      Operand last = before.operand(row + ".in_force");
      Operand issued = now.operand(row + ".issued");
      Operand repealed = now.operand(row + ".repealed");
      Operand inForce = now.operand(row + ".in_force");
      if (!last.isKnown() || !issued.isKnown() || !repealed.isKnown() || !inForce.isKnown()) {
        continue;
      }
      BigDecimal expected = last.value().add(issued.value()).subtract(repealed.value());
      if (expected.compareTo(inForce.value()) != 0) {
        CellSpec spec = now.spec(row + ".in_force");
        out.add(new Finding("X2", Severity.WARNING, List.of(row + ".in_force", row + ".issued", row + ".repealed"),
            Domain.show(expected), Domain.show(inForce.value()),
            Labels.rowZh(spec.row()) + "：现行有效件数" + Domain.show(inForce.value()) + "，而" + nameZh(before) + "的"
                + Domain.show(last.value()) + "件加本年制发" + Domain.show(issued.value()) + "件减废止"
                + Domain.show(repealed.value()) + "件为" + Domain.show(expected) + "件；若有文件失效或清理，请核实",
            Labels.capitalised(Labels.rowEn(spec.row())) + ": " + Domain.show(inForce.value()) + " in force, while "
                + Domain.show(last.value()) + " in " + nameEn(before) + " + " + Domain.show(issued.value())
                + " issued - " + Domain.show(repealed.value()) + " repealed = " + Domain.show(expected)
                + "; documents may also have lapsed"));
      }
    }
    return out;
  }

  /** X3: this year's 上一年项目数量 = last year's 上一年项目数量 + 本年增/减. */
  private static List<Finding> items(Sheet before, Sheet now) {
    List<Finding> out = new ArrayList<>();
    for (String row : List.of("t2.licensing", "t2.other_services", "t2.penalty", "t2.coercion", "t2.fees")) {
      Operand items = before.operand(row + ".prev_items");
      Operand change = before.operand(row + ".change");
      Operand now1 = now.operand(row + ".prev_items");
      if (!items.isKnown() || !change.isKnown() || !now1.isKnown()) {
        continue;
      }
      BigDecimal expected = items.value().add(change.value());
      if (expected.compareTo(now1.value()) != 0) {
        CellSpec spec = now.spec(row + ".prev_items");
        out.add(new Finding("X3", Severity.WARNING, List.of(row + ".prev_items"), Domain.show(expected),
            Domain.show(now1.value()),
            Labels.rowZh(spec.row()) + "：上一年项目数量" + Domain.show(now1.value()) + "，而" + nameZh(before) + "为"
                + Domain.show(items.value()) + "项、增减" + Domain.show(change.value()) + "，应为" + Domain.show(expected),
            Labels.capitalised(Labels.rowEn(spec.row())) + ": previous-year items " + Domain.show(now1.value())
                + ", while " + nameEn(before) + " had " + Domain.show(items.value()) + " changed by "
                + Domain.show(change.value()) + " = " + Domain.show(expected)));
      }
    }
    return out;
  }

  /** X4: the edition changed; X2 and X3 are skipped. The 2020 → 2021 change is the expected one. */
  private static Finding editionChange(Sheet before, Sheet now) {
    Edition was = before.reading().edition();
    Edition is = now.reading().edition();
    boolean expected = was == Edition.E2019 && is == Edition.E2021 && now.reading().year() == 2021;
    return new Finding("X4", expected ? Severity.INFO : Severity.WARNING, List.of(), was.code(), is.code(),
        "格式由" + was.code() + "年版（" + nameZh(before) + "）改为" + is.code() + "年版，第二部分不作跨年核对"
            + (expected ? "" : "；此变化不符合格式启用时间，请核实"),
        "The edition changed from " + was.code() + " (" + nameEn(before) + ") to " + is.code()
            + "; Table 2 is not compared across the years" + (expected ? "" : "; this change is not the expected one"));
  }

  /**
   * X5: the report's text (its six sections) or a substantial section repeated almost word for word, and tables
   * printed with the very same figures.
   */
  private static List<Finding> copied(Sheet other, Sheet now) {
    List<Finding> out = new ArrayList<>();
    double whole = TextSimilarity.repeated(body(now), body(other));
    if (whole >= COPIED) {
      String score = percent(whole);
      out.add(new Finding("X5", Severity.WARNING, List.of(), null, score,
          "全文" + score + "的文字与" + nameZh(other) + "相同，疑为照抄",
          score + " of the text repeats " + nameEn(other)));
    }
    List<String> sections = new ArrayList<>();
    List<String> scores = new ArrayList<>();
    for (String id : SECTIONS) {
      Section a = now.reading().section(id);
      Section b = other.reading().section(id);
      double share = a == null || b == null ? 0 : TextSimilarity.repeated(a.text(), b.text(), SECTION_SHINGLES);
      if (share >= COPIED) {
        sections.add(id);
        scores.add(percent(share));
      }
    }
    if (!sections.isEmpty() && whole < COPIED) {
      List<String> named = new ArrayList<>();
      for (int i = 0; i < sections.size(); i++) {
        named.add(sections.get(i) + "（" + scores.get(i) + "）");
      }
      out.add(new Finding("X5", Severity.WARNING, List.of(), null, String.join(",", scores),
          "第" + String.join("、", named) + "部分的文字与" + nameZh(other) + "基本相同，疑为照抄",
          "Sections " + String.join(", ", sections) + " repeat " + String.join(", ", scores) + " of the text of "
              + nameEn(other)));
    }
    if (now.reading().edition() == other.reading().edition()) {
      for (TableSpec t : now.tables()) {
        if (sameFigures(other, now, t.id())) {
          out.add(new Finding("X5", Severity.WARNING, List.of(), null, t.id(),
              "“" + Labels.tableZh(t) + "”与" + nameZh(other) + "的数字完全相同，疑为照抄",
              Labels.tableEn(t) + " has exactly the figures of " + nameEn(other)));
        }
      }
    }
    return out;
  }

  private static String body(Sheet s) {
    StringBuilder b = new StringBuilder();
    for (String id : SECTIONS) {
      Section section = s.reading().section(id);
      b.append(section == null ? "" : section.text()).append('\n');
    }
    return b.toString();
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f%%", 100 * share);
  }

  /** Whether a table is read in full in both and every figure is the same, with a few that are not zero. */
  private static boolean sameFigures(Sheet a, Sheet b, String table) {
    int[] cells = b.tableCells(table);
    int nonzero = 0;
    for (int at : cells) {
      Operand x = a.operand(at);
      Operand y = b.operand(at);
      if (x.kind() != Operand.Kind.NUMBER || y.kind() != Operand.Kind.NUMBER || x.value().compareTo(y.value()) != 0) {
        return false;
      }
      nonzero += y.value().signum() != 0 ? 1 : 0;
    }
    return cells.length > 0 && nonzero >= MIN_NONZERO;
  }

  private static String nameZh(Sheet s) {
    Reading r = s.reading();
    return (r.agency() == null ? "" : r.agency()) + (r.year() == null ? "另一份" : r.year() + "年度") + "报告";
  }

  private static String nameEn(Sheet s) {
    Reading r = s.reading();
    return "the " + (r.year() == null ? "other" : r.year()) + " report" + (r.agency() == null ? "" : " of " + r.agency());
  }
}
