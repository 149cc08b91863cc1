package io.gongkai.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Cell;
import io.gongkai.model.Reading;
import io.gongkai.model.SourceInfo;
import io.gongkai.model.Status;
import io.gongkai.schema.BlockSpec;
import io.gongkai.schema.Edition;
import io.gongkai.schema.RowSpec;
import io.gongkai.schema.Template;
import io.gongkai.validate.Validator;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** One test per extractor bug found while reading real reports, on small texts of our own. */
class ExtractorRegressionTest {
  private static final String HEAD = "测试乡人民政府2020年政府信息公开工作年度报告\n一、总体情况\n本乡依法公开。\n"
      + "二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n";
  private static final String TAIL = "四、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况\n无。\n六、其他需要报告的事项\n无。\n";

  private static Reading read(String text) {
    return new Extractor().read(text, new SourceInfo("t.txt", "", "text"));
  }

  /** Table 3 of the 2019 edition, each row label followed by what {@code values} prints for it. */
  private static String table3(String separator, Function<RowSpec, String> values) {
    return table3(Edition.E2019, separator, values);
  }

  /** Table 3 of an edition, as {@link #table3(String, Function)} prints it. */
  private static String table3(Edition edition, String separator, Function<RowSpec, String> values) {
    BlockSpec block = Template.standard().edition(edition).orElseThrow().table("t3").orElseThrow()
        .blocks().get(0);
    StringBuilder b = new StringBuilder();
    for (RowSpec row : block.rows()) {
      b.append(row.label().replaceFirst("^（[三四五]）", "")).append(separator).append(values.apply(row)).append('\n');
    }
    return b.toString();
  }

  private static String zeros(String sep) {
    return String.join(sep, "0", "0", "0", "0", "0", "0", "0");
  }

  @Test
  void closingBracketOfALabelIsNotAnEmptyRow() {
    Reading r = read(HEAD + table3("\t", row -> zeros("\t")) + TAIL);
    assertThat(r.cell("t3.partially_granted.total").status()).isEqualTo(Status.OK);
    assertThat(r.cell("t3.denied_security_stability.total").status()).isEqualTo(Status.OK);
  }

  @Test
  void openingBracketOfAShortLabelIsNotAValue() {
    Reading r = read(HEAD + table3(" | ", row -> "") + TAIL);
    assertThat(r.cell("t3.other_handling.total").status()).isEqualTo(Status.BLANK);
    assertThat(r.cell("t3.total_processed.total").status()).isEqualTo(Status.BLANK);
  }

  @Test
  void rowNumberAfterRunTogetherDigitsBelongsToTheNextLabel() {
    String t3 = table3("", row -> row.id().equals("unable_not_held") ? "7000007" : "0000000").replace("\n", "");
    Reading r = read(HEAD + t3 + TAIL);
    assertThat(r.cell("t3.unable_not_held.natural_person").value()).isEqualTo("7");
    assertThat(r.cell("t3.unable_not_held.total").value()).isEqualTo("7");
    assertThat(r.cell("t3.unable_needs_creation.total").value()).isEqualTo("0");
  }

  @Test
  void runTogetherRowIsSolvedByItsTotalOnlyWhenUnique() {
    Map<String, String> rows = Map.of("new_received", "170000017", "granted", "170000017", "total_processed",
        "170000017");
    String t3 = table3("", row -> rows.getOrDefault(row.id(), "0000000")).replace("\n", "");
    Reading r = read(HEAD + t3 + TAIL);
    assertThat(r.cell("t3.new_received.natural_person").value()).isEqualTo("17");
    assertThat(r.cell("t3.new_received.total").value()).isEqualTo("17");
    assertThat(r.cell("t3.new_received.commercial").value()).isEqualTo("0");
  }

  @Test
  void droppedCellsAreNeverGuessed() {
    String t3 = table3(" | ", row -> row.id().equals("new_received") ? "2 | 1 | 3 | | | |" : "");
    Reading r = read(HEAD + t3 + TAIL);
    for (String col : new String[] {"natural_person", "commercial", "other_org"}) {
      Cell c = r.cell("t3.new_received." + col);
      assertThat(c.status()).isEqualTo(Status.UNCERTAIN);
      assertThat(c.candidates()).isNotEmpty();
    }
  }

  @Test
  void proseAfterAMissingTableNeverBecomesCells() {
    String text = HEAD + table3("\t", row -> zeros("\t"))
        + "四、政府信息公开行政复议、行政诉讼情况\n2020年本乡未发生行政复议0件、行政诉讼0件。\n五、存在的主要问题及改进情况\n无。\n六、其他需要报告的事项\n无。\n";
    Reading r = read(text);
    assertThat(r.cell("t4.review.total").status()).isEqualTo(Status.MISSING);
    assertThat(r.tablesFound()).doesNotContain("t4");
  }

  @Test
  void emptyRowsOfATableWhoseValuesDriftedAreNotBlank() {
    String t3 = table3("\n", row -> switch (row.id()) {
      case "granted" -> "| 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n| 0 | 0 | 0 | 0 | 0 | 0 | 0 |";
      case "rejected_excessive" -> "";
      default -> "| 0 | 0 | 0 | 0 | 0 | 0 | 0 |";
    });
    Reading r = read(HEAD + t3 + TAIL);
    assertThat(r.cell("t3.rejected_excessive.total").status()).isEqualTo(Status.UNCERTAIN);
    assertThat(r.cell("t3.granted.total").status()).isEqualTo(Status.UNCERTAIN);
  }

  @Test
  void normalisesSignsUnitsWidthAndScript() {
    String t2 = "第二十條第（六）項\n信息內容\t上一年項目數量\t本年增/減\t處理決定數量\n行政處罰\t１２\t+1\t-\n"
        + "第二十條第（九）項\n信息內容\t採購項目數量\t採購總金額\n政府集中採購\t3\t251000元\n";
    Reading r = read(HEAD.replace("三、收到", t2 + "三、收到") + table3("\t", row -> zeros("\t")) + TAIL);
    assertThat(r.cell("t2.penalty.prev_items").value()).isEqualTo("12");
    assertThat(r.cell("t2.penalty.change").value()).isEqualTo("1");
    assertThat(r.cell("t2.penalty.decisions").status()).isEqualTo(Status.BLANK);
    assertThat(r.cell("t2.penalty.decisions").raw()).isEqualTo("-");
    assertThat(r.cell("t2.procurement.amount").value()).isEqualTo("25.1");
    assertThat(r.cell("t2.procurement.amount").raw()).isEqualTo("251000元");
  }

  @Test
  void moneyWithoutAUnitIsUncertainUnlessZero() {
    String t2 = "第二十条第（九）项\n信息内容\t采购项目数量\t采购总金额\n政府集中采购\t3\t461.7\n";
    Reading r = read(HEAD.replace("三、收到", t2 + "三、收到") + table3("\t", row -> zeros("\t")) + TAIL);
    Cell amount = r.cell("t2.procurement.amount");
    assertThat(amount.status()).isEqualTo(Status.UNCERTAIN);
    assertThat(amount.candidates()).containsExactly("461.7", "0.04617");
  }

  @Test
  void extraBlankLinesBetweenCellsPrintAnEmptyCell() {
    String t2 = "第二十条第（五）项\n\n信息内容\n\n上一年项目数量\n\n本年增/减\n\n处理决定数量\n\n"
        + "行政许可\n\n5\n\n\n\n3\n\n其他对外管理服务事项\n\n1\n\n0\n\n2\n\n";
    Reading r = read(HEAD.replace("三、收到", t2 + "三、收到") + table3("\n\n", row -> zeros("\n\n")) + TAIL);
    assertThat(r.cell("t2.licensing.prev_items").value()).isEqualTo("5");
    assertThat(r.cell("t2.licensing.change").status()).isEqualTo(Status.BLANK);
    assertThat(r.cell("t2.licensing.decisions").value()).isEqualTo("3");
    assertThat(r.cell("t2.other_services.decisions").value()).isEqualTo("2");
  }

  @Test
  void aRowOfManyRunTogetherDigitsIsGivenUpOnNotEnumeratedForever() {
    String digits = "1234567891".repeat(6);
    String t3 = table3("", row -> row.id().equals("granted") ? digits : "0000000").replace("\n", "");
    Reading r = read(HEAD + t3 + TAIL);
    assertThat(r.cell("t3.granted.total").status()).isEqualTo(Status.UNCERTAIN);
    assertThat(r.cell("t3.partially_granted.total").value()).isEqualTo("0");
  }

  @Test
  void theCitedNoticeTellsTheEditionWhenNothingElseDoes() {
    Reading r = read("年度报告\n本报告依据国办公开办函〔2021〕30号编制。\n一、总体情况\n无表格。\n");
    assertThat(r.year()).isNull();
    assertThat(r.edition()).isEqualTo(Edition.E2021);
    assertThat(r.preamble()).contains("〔2021〕30号");
  }

  @Test
  void subtotalRowsAddedBySomeSoftwareAreNotTakenForTheNextRow() {
    String t3 = table3("\n", row -> zeros("\n") + (row.id().startsWith("denied_admin") ? "\n小计\n" + zeros("\n") : ""));
    Reading r = read(HEAD + t3 + TAIL);
    assertThat(r.cell("t3.denied_admin_query.total").value()).isEqualTo("0");
    assertThat(r.cell("t3.unable_not_held.natural_person").value()).isEqualTo("0");
    assertThat(r.cells()).filteredOn(c -> c.id().table().equals("t3")).allMatch(c -> c.status() == Status.OK);
  }

  @Test
  void columnsPrintedInAnotherOrderAreNotPlacedAsIfInTemplateOrder() {
    String t2 = "第二十条第（五）项\n信息内容\t处理决定数量\t上一年项目数量\t本年增/减\n行政许可\t40\t12\t+3\n"
        + "其他对外管理服务事项\t0\t0\t0\n";
    Reading r = read(HEAD.replace("三、收到", t2 + "三、收到") + table3("\t", row -> zeros("\t")) + TAIL);
    assertThat(r.cell("t2.licensing.prev_items").status()).isEqualTo(Status.UNCERTAIN);
    assertThat(r.cell("t2.licensing.decisions").status()).isEqualTo(Status.UNCERTAIN);
  }

  @Test
  void aReportFor2017IsOfTheOldRegimeWithNoCells() {
    Reading r = read("某局2017年政府信息公开工作年度报告\n一、概述\n本年度主动公开信息120条，现行有效件数若干。\n");
    assertThat(r.edition()).isEqualTo(Edition.PRE2019);
    assertThat(r.cells()).isEmpty();
  }

  @Test
  void aSingleOtherHandlingRowInA2021ReportIsAMarkerOfThe2019Edition() {
    String t2 = "第二十条第（一）项\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t0\t0\t0\n"
        + "行政规范性文件\t2\t0\t9\n";
    String head = HEAD.replace("2020年", "2023年").replace("三、收到", t2 + "三、收到");
    Reading r = read(head + table3("\t", row -> zeros("\t")) + TAIL);
    assertThat(r.edition()).isEqualTo(Edition.E2021);
    assertThat(r.editionMarkers().get(Edition.E2019)).isEqualTo(1);
    assertThat(r.cell("t3.other_no_correction.total").status()).isEqualTo(Status.MISSING);
    assertThat(new Validator().check(r)).anyMatch(f -> f.rule().equals("WRONG_EDITION"));
  }

  @Test
  void theThreeOtherHandlingRowsOfThe2021EditionAreNoMarkerOfThe2019Edition() {
    String head = HEAD.replace("2020年", "2023年");
    Reading r = read(head + "（六）其他处理\n" + table3(Edition.E2021, "\t", row -> zeros("\t")) + TAIL);
    assertThat(r.editionMarkers().getOrDefault(Edition.E2019, 0)).isZero();
    assertThat(r.cell("t3.other_no_correction.total").value()).isEqualTo("0");
  }
}
