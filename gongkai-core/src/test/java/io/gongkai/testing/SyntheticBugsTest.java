package io.gongkai.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.extract.Extractor;
import io.gongkai.model.Cell;
import io.gongkai.model.Reading;
import io.gongkai.model.SourceInfo;
import io.gongkai.model.Status;
import io.gongkai.schema.Edition;
import io.gongkai.schema.Template;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One regression test per reader bug the property tests found, each on the smallest synthetic report that shows it
 * (an all-zero report with one or three rows changed). The row as printed is in each test's comment.
 */
class SyntheticBugsTest {
  private static final SyntheticReport Z2019 = SyntheticReport.zeros(Edition.E2019, 2020, "青禾镇人民政府");
  private static final SyntheticReport Z2021 = SyntheticReport.zeros(Edition.E2021, 2022, "青禾镇人民政府");

  /** Table 3 cells of one row, by the template's column order. */
  private static Map<String, String> row(Edition edition, String row, String... values) {
    List<String> cols = Template.standard().edition(edition).orElseThrow().table("t3").orElseThrow().blocks().get(0)
        .columns().stream().map(c -> c.id()).toList();
    Map<String, String> out = new HashMap<>();
    for (int i = 0; i < values.length; i++) {
      out.put("t3." + row + "." + cols.get(i), values[i]);
    }
    return out;
  }

  /** The same values in 一, an outcome row and （七）, so that H1–H3 hold. */
  private static SyntheticReport withOutcome(String outcome, String[] printed, String[] values) {
    Map<String, String> p = new HashMap<>(row(Edition.E2021, "new_received", values));
    p.putAll(row(Edition.E2021, "total_processed", values));
    p.putAll(row(Edition.E2021, outcome, printed));
    return Z2021.withPrinted(p);
  }

  private static Cell read(Renderer layout, SyntheticReport report, String id) {
    Reading r = new Extractor().read(layout.render(report), new SourceInfo("bug.txt", "", "text"));
    return r.cell(id);
  }

  /** None of the cells may be ok: the text does not fix them. */
  private static void assertNotOk(Renderer layout, SyntheticReport report, String... ids) {
    for (String id : ids) {
      Cell c = read(layout, report, id);
      assertThat(c.status()).as(id + " read " + c.value() + " from '" + c.raw() + "'").isNotEqualTo(Status.OK);
    }
  }

  @Test
  void b2TrailingEmptyTabFieldIsNotFilledFromTheColumnBefore() {
    // 规章\t996\t0\t   → 对外公开总数量 read ok "0" (the 0 of 本年新公开数量)
    Cell c = read(Renderer.TAB_SEPARATED, Z2019.withPrinted(Map.of("t2.regulations.made", "996",
        "t2.regulations.total_published", "")), "t2.regulations.total_published");
    assertThat(c.status()).isIn(Status.BLANK, Status.UNCERTAIN);
  }

  @Test
  void b3EmptyTotalOfATopLevelRowDoesNotShiftTheRow() {
    // 四、结转下年度继续办理\t\t0\t0\t0\t0\t0\t0\t   → 自然人 blank, 总计 ok "0"
    // The leading empty field may be a spacer left by the merged label or an empty cell: the zeros' places are not
    // known, so nothing may come back ok with a value other than the printed one.
    SyntheticReport r = Z2021.withPrinted(row(Edition.E2021, "carried_forward", "0", "0", "0", "0", "0", "0", ""));
    Cell first = read(Renderer.TAB_SEPARATED, r, "t3.carried_forward.natural_person");
    assertThat(first.status()).isIn(Status.OK, Status.UNCERTAIN);
    assertThat(first.status() != Status.OK || "0".equals(first.value())).isTrue();
    assertThat(read(Renderer.TAB_SEPARATED, r, "t3.carried_forward.total").status())
        .isIn(Status.BLANK, Status.UNCERTAIN);
  }

  @Test
  void b4DroppedCellsInAPipeRowAreUncertain() {
    // （五）不予处理 | 1.信访举报投诉类申请 | 5 | 5 | ||||||   → 自然人 ok "5", 商业企业 ok "5"
    SyntheticReport r = withOutcome("rejected_petition", new String[] {"", "", "", "5", "", "", "5"},
        new String[] {"0", "0", "0", "5", "0", "0", "5"});
    assertNotOk(Renderer.PIPE_DROPPED_BLANKS, r, "t3.rejected_petition.natural_person",
        "t3.rejected_petition.commercial");
  }

  @Test
  void b5RunTogetherSplitThatBreaksH3IsNotOk() {
    // 2.重复申请0056011 (商业企业 blank, 总计 11)   → read 0,0,5,6,0,1,1 all ok, although 0+0+5+6+0+1 ≠ 1
    SyntheticReport r = withOutcome("rejected_repeated", new String[] {"0", "", "0", "5", "6", "0", "11"},
        new String[] {"0", "0", "0", "5", "6", "0", "11"});
    // The split the digits force breaks H3, so a cell was dropped: read with the dropped cell, 总计 is 11 (right)
    // and where the blank fell stays uncertain.
    Cell total = read(Renderer.RUN_TOGETHER, r, "t3.rejected_repeated.total");
    assertThat(total.status() != Status.OK || "11".equals(total.value())).as("总计 ok only as 11").isTrue();
    assertThat(read(Renderer.RUN_TOGETHER, r, "t3.rejected_repeated.commercial").status()).isNotEqualTo(Status.OK);
    Cell other = read(Renderer.RUN_TOGETHER, r, "t3.rejected_repeated.other_org");
    assertThat(other.status() != Status.OK || "0".equals(other.value())).as("其他 ok only as 0").isTrue();
  }

  @Test
  void b7EmptyFieldDoesNotSplitTheNextNumber() {
    // \t(五) 不予处理\t1. 信访举报投诉类申请\t\t\t\t\t\t\t
    // \t0\t无\t2\t9\t0\t\t11                 → 其他 ok "1", 总计 ok "1"
    SyntheticReport r = withOutcome("rejected_petition", new String[] {"0", "无", "2", "9", "0", "", "11"},
        new String[] {"0", "0", "2", "9", "0", "0", "11"});
    assertThat(read(Renderer.ROW_BROKEN, r, "t3.rejected_petition.total").value()).isIn("11", null);
    assertNotOk(Renderer.ROW_BROKEN, r, "t3.rejected_petition.other_org");
  }

  @Test
  void b6EmptyMarkdownCellInTable4KeepsTheOthers() {
    // | 0 | 0 | 0 | 0 | 0 | 0 |  | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |   → every Table 4 cell uncertain
    SyntheticReport r = Z2021.withPrinted(Map.of("t4.litigation_direct.corrected", ""));
    assertThat(read(Renderer.MARKDOWN_TABLE, r, "t4.litigation_direct.corrected").status()).isEqualTo(Status.BLANK);
    assertThat(read(Renderer.MARKDOWN_TABLE, r, "t4.review.total").status()).isEqualTo(Status.OK);
  }
}
