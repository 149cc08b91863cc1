package io.gongkai.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Finding;
import io.gongkai.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** P6: the figures the narrative states against the tables. Texts are made up for the tests. */
class NarrativeTest {
  private static ReadingFixture received(int n) {
    return ReadingFixture.e2019().set("t3.new_received.natural_person", String.valueOf(n))
        .set("t3.new_received.total", String.valueOf(n)).set("t3.granted.natural_person", String.valueOf(n))
        .set("t3.granted.total", String.valueOf(n)).set("t3.total_processed.natural_person", String.valueOf(n))
        .set("t3.total_processed.total", String.valueOf(n));
  }

  @Test
  void receivedFigureInSectionOneMustMatchTable() {
    List<Finding> f = received(4).section("一", "本年度我局共收到市民提交的政府信息公开申请6件，均已按时答复。").check("P6");
    assertThat(f).singleElement().satisfies(p6 -> {
      assertThat(p6.severity()).isEqualTo(Severity.WARNING);
      assertThat(p6.cells()).containsExactly("t3.new_received.total");
      assertThat(p6.expected()).isEqualTo("4");
      assertThat(p6.actual()).isEqualTo("6");
      assertThat(p6.messageZh()).contains("收到市民提交的政府信息公开申请6件");
    });
    assertThat(received(6).section("一", "全年收到政府信息公开申请 6 件。").check("P6")).isEmpty();
  }

  @Test
  void applicationMattersWordingMatchesToo() {
    assertThat(received(2).section("一", "今年共收到依申请公开事项3件，已全部办结。").check("P6")).hasSize(1);
    assertThat(received(3).section("一", "今年共收到依申请公开事项3件，已全部办结。").check("P6")).isEmpty();
  }

  @Test
  void introOfSectionThreeIsReadInTraditionalScriptAndTheTableIsNot() {
    String intro = "本年度共收到各類主體提出的信息公開申請2件,上年度轉結1件,詳見下表。\n申请人情况\n"
        + "二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0\n";
    List<Finding> f = received(2).section("三", intro).check("P6");
    assertThat(f).singleElement().satisfies(p6 -> {
      assertThat(p6.cells()).containsExactly("t3.carried_over.total");
      assertThat(p6.actual()).isEqualTo("1");
      assertThat(p6.expected()).isEqualTo("0");
    });
  }

  @Test
  void partialFiguresOtherYearsAndDenialsAreLeftAlone() {
    String text = "通过邮寄方式收到申请2件，网上收到申请5件。2018年收到政府信息公开申请9件。我局未收到政府信息公开申请1件以外的投诉。";
    assertThat(received(7).section("一", text).check("P6")).isEmpty();
  }

  @Test
  void reconsiderationAndLitigationFiguresCompareWithTableFour() {
    ReadingFixture f = ReadingFixture.e2019().set("t4.litigation_direct.pending", "1")
        .set("t4.litigation_direct.total", "1").set("t3.new_received.other_org", "1").set("t3.new_received.total", "1")
        .set("t3.granted.other_org", "1").set("t3.granted.total", "1").set("t3.total_processed.other_org", "1")
        .set("t3.total_processed.total", "1")
        .section("四", "本年度因政府信息公开被申请行政复议共2件，行政诉讼1件。\n结果维持 结果纠正\n");
    List<Finding> p6 = f.check("P6");
    assertThat(p6).singleElement().satisfies(r -> {
      assertThat(r.cells()).containsExactly("t4.review.total");
      assertThat(r.actual()).isEqualTo("2");
    });
    assertThat(f.section("四", "因信息公开引起复议0例，涉诉1例，败诉0例。").check("P6")).isEmpty();
    assertThat(f.section("四", "因信息公开引起复议0例，涉诉2例。").check("P6")).singleElement()
        .satisfies(r -> assertThat(r.cells()).containsExactly("t4.litigation_direct.total",
            "t4.litigation_after_review.total"));
  }

  @Test
  void onlyCertainTableFiguresAreCompared() {
    assertThat(ReadingFixture.e2019().blank("t3.carried_over.total")
        .section("一", "上年结转申请3件。").check("P6")).isEmpty();
    assertThat(ReadingFixture.e2019().uncertain("t3.new_received.total", "3", "0")
        .section("一", "共收到政府信息公开申请3件。").check("P6")).isEmpty();
  }
}
