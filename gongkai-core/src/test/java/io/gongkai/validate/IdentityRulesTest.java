package io.gongkai.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Finding;
import io.gongkai.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** H1–H4: the template's identities, with blanks counted as 0 and uncertain cells left unassessed. */
class IdentityRulesTest {

  @Test
  void cleanReadingsOfBothEditionsHaveNoFindings() {
    assertThat(ReadingFixture.e2019().check()).isEmpty();
    assertThat(ReadingFixture.e2021().check()).isEmpty();
  }

  @Test
  void seed000LikeTableBreaksH1AndH2OnNaturalPersonAndTotalOnly() {
    List<Finding> findings = ReadingFixture.e2019()
        .set("t3.new_received.natural_person", "5").set("t3.new_received.total", "5")
        .set("t3.granted.natural_person", "5").set("t3.granted.total", "5")
        .check();

    assertThat(findings).extracting(Finding::rule).containsExactly("H1", "H1", "H2", "H2");
    Finding h1Total = findings.get(1);
    assertThat(h1Total.severity()).isEqualTo(Severity.ERROR);
    assertThat(h1Total.cells()).containsExactly("t3.new_received.total", "t3.carried_over.total",
        "t3.total_processed.total", "t3.carried_forward.total");
    assertThat(h1Total.expected()).isEqualTo("5");
    assertThat(h1Total.actual()).isEqualTo("0");
    assertThat(h1Total.messageZh()).isEqualTo("总计列：第一项加第二项之和（5）不等于第三项加第四项之和（0）");
    assertThat(h1Total.messageEn())
        .isEqualTo("Total column: new + carried over (5) differs from processed + carried forward (0)");
    assertThat(findings.get(0).cells()).contains("t3.new_received.natural_person");
    assertThat(findings.get(2).messageZh()).isEqualTo("自然人列：（七）总计（0）不等于各项办理结果之和（5）");
    assertThat(findings.get(3).cells()).contains("t3.total_processed.total", "t3.granted.total");
  }

  @Test
  void consistentApplicationsPass() {
    assertThat(ReadingFixture.e2019()
        .set("t3.new_received.research", "3").set("t3.new_received.total", "3")
        .set("t3.carried_over.research", "1").set("t3.carried_over.total", "1")
        .set("t3.partially_granted.research", "2").set("t3.partially_granted.total", "2")
        .set("t3.other_handling.research", "1").set("t3.other_handling.total", "1")
        .set("t3.total_processed.research", "3").set("t3.total_processed.total", "3")
        .set("t3.carried_forward.research", "1").set("t3.carried_forward.total", "1")
        .check()).isEmpty();
  }

  @Test
  void h2SumsThe2021OtherHandlingSubRowsFromTheTemplate() {
    ReadingFixture base = ReadingFixture.e2021()
        .set("t3.new_received.other_org", "2").set("t3.new_received.total", "2")
        .set("t3.other_unpaid_fee.other_org", "2").set("t3.other_unpaid_fee.total", "2");
    assertThat(base.check("H2")).hasSize(2);
    assertThat(base.set("t3.total_processed.other_org", "2").set("t3.total_processed.total", "2").check())
        .isEmpty();
  }

  @Test
  void h3ChecksTheTotalColumnOfEveryRow() {
    List<Finding> h3 = ReadingFixture.e2021().set("t3.denied_third_party.commercial", "1").check("H3");
    assertThat(h3).singleElement().satisfies(f -> {
      assertThat(f.cells()).last().isEqualTo("t3.denied_third_party.total");
      assertThat(f.expected()).isEqualTo("1");
      assertThat(f.actual()).isEqualTo("0");
      assertThat(f.messageZh()).startsWith("（三）4.保护第三方合法权益行：总计（0）不等于各类申请人之和（1）");
    });
  }

  @Test
  void h4ChecksEachReviewAndLitigationGroup() {
    ReadingFixture f = ReadingFixture.e2019().set("t4.review.upheld", "1").set("t4.review.total", "2")
        .set("t4.litigation_after_review.pending", "1").set("t4.litigation_after_review.total", "1");
    assertThat(f.check("H4")).singleElement().satisfies(h4 -> {
      assertThat(h4.cells()).containsExactly("t4.review.upheld", "t4.review.corrected", "t4.review.other",
          "t4.review.pending", "t4.review.total");
      assertThat(h4.messageZh()).isEqualTo("行政复议：总计（2）不等于结果维持、结果纠正、其他结果、尚未审结之和（1）");
    });
    assertThat(f.set("t4.review.corrected", "1").check("H4")).isEmpty();
  }

  @Test
  void blanksCountAsZeroAndAFailureSaysSo() {
    List<Finding> h1 = ReadingFixture.e2019()
        .set("t3.new_received.natural_person", "3").set("t3.new_received.total", "3")
        .set("t3.granted.natural_person", "3").set("t3.granted.total", "3")
        .blank("t3.total_processed.natural_person", "t3.total_processed.total")
        .check("H1");
    assertThat(h1).hasSize(2).allSatisfy(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.messageZh()).endsWith("（空白单元格按0计）");
      assertThat(f.messageEn()).endsWith("(blank cells counted as 0)");
    });
  }

  @Test
  void blanksThatAddUpRaiseNoIdentityFinding() {
    List<Finding> findings = ReadingFixture.e2019().blank("t3.granted.commercial", "t3.granted.total").check();
    assertThat(findings).extracting(Finding::rule).containsExactly("BLANK_CELL");
  }

  @Test
  void uncertainCellsAreNotAssessedAndNotReportedAsErrors() {
    List<Finding> findings = ReadingFixture.e2019()
        .set("t3.new_received.natural_person", "5").set("t3.new_received.total", "5")
        .uncertain("t3.granted.natural_person", "5", "0")
        .check();
    List<Finding> h = findings.stream().filter(f -> f.rule().startsWith("H")).toList();
    assertThat(h).extracting(Finding::rule).containsExactly("H1", "H1", "H2", "H3");
    Finding h2 = h.get(2);
    assertThat(h2.severity()).isEqualTo(Severity.INFO);
    assertThat(h2.expected()).isNull();
    assertThat(h2.actual()).isNull();
    assertThat(h2.messageZh()).contains("无法核验").contains("（一）予以公开·自然人");
    // H1 on both columns fails regardless of the uncertain cell, which H1 does not read.
    assertThat(h.get(0).severity()).isEqualTo(Severity.ERROR);
    assertThat(h.get(3).severity()).isEqualTo(Severity.INFO);
  }

  @Test
  void unreadableValueMakesTheIdentityUnassessable() {
    List<Finding> findings = ReadingFixture.e2021().set("t4.review.upheld", "1.5").check();
    assertThat(findings).extracting(Finding::rule, Finding::severity)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("H4", Severity.INFO),
            org.assertj.core.groups.Tuple.tuple("H5", Severity.ERROR));
  }

  @Test
  void aMissingTableIsReportedOnceNotPerIdentity() {
    List<Finding> findings = ReadingFixture.e2019().each("t4", id -> io.gongkai.model.Cell.missing(
        io.gongkai.schema.CellId.parse(id))).check();
    assertThat(findings).extracting(Finding::rule).containsExactly("MISSING_TABLE");
  }
}
