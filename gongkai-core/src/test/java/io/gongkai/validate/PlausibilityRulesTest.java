package io.gongkai.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Finding;
import io.gongkai.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** P1–P5 and P8. */
class PlausibilityRulesTest {

  @Test
  void p1FlagsANegativeYearEndItemCount() {
    List<Finding> f = ReadingFixture.e2019().set("t2.penalty.prev_items", "2").set("t2.penalty.change", "-3")
        .check("P1");
    assertThat(f).singleElement().satisfies(p1 -> {
      assertThat(p1.severity()).isEqualTo(Severity.WARNING);
      assertThat(p1.cells()).containsExactly("t2.penalty.prev_items", "t2.penalty.change");
      assertThat(p1.expected()).isEqualTo("≥ 0");
      assertThat(p1.actual()).isEqualTo("-1");
      assertThat(p1.messageZh()).startsWith("行政处罚：上一年项目数量加本年增/减（-1）小于0");
    });
    assertThat(ReadingFixture.e2019().set("t2.penalty.prev_items", "3").set("t2.penalty.change", "-3").check())
        .isEmpty();
  }

  @Test
  void p2WarnsAgainstTheTotalAndOnlyInformsAgainstMade() {
    List<Finding> f = ReadingFixture.e2019().set("t2.normative_documents.published", "4")
        .set("t2.normative_documents.made", "1").set("t2.normative_documents.total_published", "3")
        .check("P2");
    assertThat(f).extracting(Finding::severity).containsExactly(Severity.WARNING, Severity.INFO);
    assertThat(f.get(0).messageZh()).isEqualTo("规范性文件：本年新公开数量（4）大于对外公开总数量（3）");
    assertThat(ReadingFixture.e2019().set("t2.normative_documents.published", "4")
        .set("t2.normative_documents.made", "4").set("t2.normative_documents.total_published", "40").check())
        .isEmpty();
  }

  @Test
  void p3ComparesInForceWithIssuedMinusRepealedIn2021() {
    ReadingFixture f = ReadingFixture.e2021().set("t2.normative_documents.issued", "5")
        .set("t2.normative_documents.repealed", "1").set("t2.normative_documents.in_force", "2");
    assertThat(f.check("P3")).singleElement().satisfies(p3 -> {
      assertThat(p3.messageZh()).isEqualTo("行政规范性文件：现行有效件数（2）小于本年制发件数减本年废止件数（4）");
      assertThat(p3.expected()).isEqualTo("≥ 4");
    });
    assertThat(f.set("t2.normative_documents.in_force", "30").check()).isEmpty();
    assertThat(ReadingFixture.e2019().set("t2.penalty.change", "-3").check("P3")).isEmpty();
  }

  @Test
  void p4FlagsRegulationsFromATownshipOrCountyOrgan() {
    ReadingFixture township = ReadingFixture.e2021().agency("某某镇人民政府").set("t2.regulations.issued", "1")
        .set("t2.regulations.in_force", "1");
    assertThat(township.check("P4")).singleElement().satisfies(p4 -> {
      assertThat(p4.cells()).containsExactly("t2.regulations.issued", "t2.regulations.in_force");
      assertThat(p4.severity()).isEqualTo(Severity.WARNING);
    });
    ReadingFixture county = ReadingFixture.e2019().agency("某某县教育局").set("t2.regulations.made", "2")
        .set("t2.regulations.published", "2").set("t2.regulations.total_published", "2");
    assertThat(county.check("P4")).hasSize(1);
  }

  @Test
  void p4LeavesOrgansWithRuleMakingPowerAndZeroRowsAlone() {
    assertThat(ReadingFixture.e2021().agency("某某市人民政府").set("t2.regulations.issued", "1")
        .set("t2.regulations.in_force", "1").check()).isEmpty();
    assertThat(ReadingFixture.e2021().agency("某某自治区人民政府").set("t2.regulations.issued", "1")
        .set("t2.regulations.in_force", "1").check()).isEmpty();
    assertThat(ReadingFixture.e2021().agency("某某镇人民政府").check("P4")).isEmpty();
    // A zone (实验区, 新区, 开发区) may be set up by a province: its 区 says nothing about its level.
    assertThat(ReadingFixture.e2019().agency("某某综合实验区").set("t2.regulations.total_published", "7")
        .check("P4")).isEmpty();
  }

  @Test
  void p5NotesMissingAndYuanUnits() {
    assertThat(ReadingFixture.e2019().raw("t2.procurement.amount", "12.5", "12.5").check("P5"))
        .singleElement().satisfies(p5 -> assertThat(p5.messageZh()).contains("未注明单位"));
    assertThat(ReadingFixture.e2019().raw("t2.procurement.amount", "25.1", "251000元").check("P5"))
        .singleElement().satisfies(p5 -> {
          assertThat(p5.severity()).isEqualTo(Severity.INFO);
          assertThat(p5.messageZh()).contains("以元为单位").contains("25.1万元");
        });
    assertThat(ReadingFixture.e2019().raw("t2.procurement.amount", "21324.2", "21324.2萬元").check("P5")).isEmpty();
    // The 2021 header prints the unit, so a bare number there is in order.
    assertThat(ReadingFixture.e2021().raw("t2.fees.amount", "0.38", "0.38").check("P5")).isEmpty();
  }

  @Test
  void p8NotesCasesWithoutAnyApplication() {
    ReadingFixture f = ReadingFixture.e2019().set("t4.review.upheld", "1").set("t4.review.total", "1");
    assertThat(f.check("P8")).singleElement().satisfies(p8 -> {
      assertThat(p8.severity()).isEqualTo(Severity.INFO);
      assertThat(p8.cells()).containsExactly("t4.review.total");
    });
    assertThat(f.set("t3.carried_over.other_org", "1").set("t3.carried_over.total", "1")
        .set("t3.carried_forward.other_org", "1").set("t3.carried_forward.total", "1").check()).isEmpty();
  }
}
