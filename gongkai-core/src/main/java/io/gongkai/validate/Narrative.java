package io.gongkai.validate;

import io.gongkai.model.Finding;
import io.gongkai.model.Section;
import io.gongkai.model.Severity;
import io.gongkai.schema.BlockSpec;
import io.gongkai.schema.TableSpec;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * P6: figures the narrative states against the tables. The patterns are deliberately narrow — a figure is compared
 * only when the sentence plainly gives the year's total — because a false alarm here costs a reviewer more than a
 * missed one: partial figures ("邮寄申请3个"), other years and subsets are left alone.
 */
final class Narrative {
  /**
   * One kind of figure the text states, the pattern that finds it, the words its matches begin with (so the pattern is
   * tried only there), and the cells it must equal.
   */
  record Claim(String nameZh, String nameEn, Pattern pattern, List<String> starts,
      Function<Sheet, List<String>> cells) {}

  private static final String COUNT = "\\s*(?:共|总计|合计|为)?\\s*(\\d+)\\s*";

  static final List<Claim> CLAIMS = List.of(
      new Claim("收到申请", "applications received",
          Pattern.compile("(?<!未|没有)(?:收到|接到)([^，。；;,\\d]{0,40}?)申请([^，。；;,\\d]{0,6}?)" + COUNT + "(?:件|个)"),
          List.of("收到", "接到"), s -> List.of("t3.new_received.total")),
      new Claim("上年结转申请", "applications carried over",
          Pattern.compile("上一?年度?(?:结转|转结)([^，。；;,\\d]{0,15}?)" + COUNT + "(?:件|个)"),
          List.of("上"), s -> List.of("t3.carried_over.total")),
      new Claim("行政复议", "administrative reconsiderations",
          Pattern.compile("复议(?:申请|案件)?" + COUNT + "(?:件|例|起|宗)"),
          List.of("复议"), s -> List.of("t4.review.total")),
      new Claim("行政诉讼", "lawsuits",
          Pattern.compile("(?:行政诉讼|涉诉)(?:案件)?" + COUNT + "(?:件|例|起|宗)"),
          List.of("行政诉讼", "涉诉"), Narrative::litigationTotals));

  /** Words that make a figure partial: a channel, a subset, a topic. */
  private static final Pattern PARTIAL = Pattern.compile("邮寄|信函|网上|网络|在线|当面|现场|传真|邮件|电话|转办|涉及|其中");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年");
  private static final String SENTENCE_END = "。；;！？!?\n";
  private static final String CLAUSE_END = "。；;！？!?，,\n";

  private Narrative() {}

  /** Every lawsuit total of Table 4: every row but 行政复议, from the template. */
  private static List<String> litigationTotals(Sheet sheet) {
    return sheet.rows("t4").stream().filter(r -> !r.row().id().equals("review"))
        .map(r -> r.table() + "." + r.row().id() + ".total").toList();
  }

  static List<Finding> check(Sheet sheet) {
    List<String> texts = texts(sheet);
    Set<Finding> out = new LinkedHashSet<>();
    for (Claim claim : CLAIMS) {
      List<String> cells = claim.cells().apply(sheet);
      Optional<BigDecimal> table = tableValue(sheet, cells);
      if (table.isEmpty()) {
        continue; // only an ok table figure can be contradicted
      }
      for (String text : texts) {
        String[] starts = claim.starts().toArray(String[]::new);
        for (MatchResult m : Scan.matches(claim.pattern(), text, Scan.startsWithAny(text, starts))) {
          if (stated(text, m, sheet.reading().year())) {
            mismatch(sheet, claim, cells, table.get(), m).ifPresent(out::add);
          }
        }
      }
    }
    return List.copyOf(out);
  }

  private static Optional<Finding> mismatch(Sheet sheet, Claim claim, List<String> cells, BigDecimal table,
      MatchResult m) {
    BigDecimal said = new BigDecimal(m.group(m.groupCount()));
    if (said.compareTo(table) == 0) {
      return Optional.empty();
    }
    String quote = m.group().strip();
    String where = Labels.listZh(cells, id -> Labels.cellZh(sheet.spec(id)));
    return Optional.of(new Finding("P6", Severity.WARNING, cells, Domain.show(table), Domain.show(said),
        "正文称" + claim.nameZh() + Domain.show(said) + "件（“" + quote + "”），与表中" + where + "（"
            + Domain.show(table) + "）不一致",
        "The text gives " + claim.nameEn() + " as " + Domain.show(said) + " (\"" + quote + "\") but the table has "
            + Domain.show(table) + " (" + Labels.listEn(cells, id -> Labels.cellEn(sheet.spec(id))) + ")"));
  }

  /**
   * Whether a match states this year's whole figure: no partial wording in it or earlier in its clause, no other year
   * earlier in its sentence.
   */
  private static boolean stated(String text, MatchResult m, Integer year) {
    String clause = text.substring(lastEnd(text, CLAUSE_END, m.start()), m.start());
    for (int g = 1; g < m.groupCount(); g++) {
      if (m.group(g) != null && PARTIAL.matcher(m.group(g)).find()) {
        return false;
      }
    }
    if (PARTIAL.matcher(clause).find()) {
      return false;
    }
    Matcher y = YEAR.matcher(text.substring(lastEnd(text, SENTENCE_END, m.start()), m.start()));
    while (y.find()) {
      if (year == null || Integer.parseInt(y.group(1)) != year) {
        return false;
      }
    }
    return true;
  }

  /** Where the sentence or clause holding {@code pos} starts. */
  private static int lastEnd(String text, String boundaries, int pos) {
    for (int i = pos - 1; i >= 0; i--) {
      if (boundaries.indexOf(text.charAt(i)) >= 0) {
        return i + 1;
      }
    }
    return 0;
  }

  private static Optional<BigDecimal> tableValue(Sheet sheet, List<String> cells) {
    if (cells.isEmpty() || !cells.stream().allMatch(sheet::has)) {
      return Optional.empty();
    }
    if (!cells.stream().allMatch(id -> sheet.operand(id).kind() == Operand.Kind.NUMBER)) {
      return Optional.empty();
    }
    return Optional.of(cells.stream().map(id -> sheet.operand(id).value()).reduce(BigDecimal.ZERO, BigDecimal::add));
  }

  /** Section 一 in full, and the text of 三 and 四 before their tables, in simplified script. */
  private static List<String> texts(Sheet sheet) {
    return Stream.of(
            text(sheet, "一", Optional.empty()),
            text(sheet, "三", sheet.table("t3")),
            text(sheet, "四", sheet.table("t4")))
        .filter(t -> !t.isEmpty()).toList();
  }

  private static String text(Sheet sheet, String section, Optional<TableSpec> table) {
    Section s = sheet.reading().section(section);
    String text = sheet.simplified(s == null ? null : s.text());
    int cut = table.map(t -> tableStart(text, t)).orElse(text.length());
    return text.substring(0, cut);
  }

  /** Where a table starts in a section: its first header, or its first row (first column when side by side). */
  private static int tableStart(String text, TableSpec table) {
    int cut = text.length();
    for (BlockSpec b : table.blocks()) {
      List<String> marks = new ArrayList<>(b.headers());
      marks.add(b.isSideBySide() ? b.columns().get(0).label() : b.rows().get(0).label());
      for (String mark : marks) {
        int i = text.indexOf(mark);
        cut = i >= 0 ? Math.min(cut, i) : cut;
      }
    }
    return cut;
  }
}
