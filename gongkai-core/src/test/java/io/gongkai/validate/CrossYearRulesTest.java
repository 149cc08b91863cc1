package io.gongkai.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Finding;
import io.gongkai.model.Reading;
import io.gongkai.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class CrossYearRulesTest {
  private static final String GENERAL = "本年度，我县坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实政府信息公开条例，"
      + "围绕县委县政府中心工作，不断完善制度机制，拓展公开渠道，全年主动公开政府信息2156条，"
      + "办理依申请公开12件，政务公开工作取得新成效，群众满意度进一步提升。";
  private static final String OTHER = "本年度，本局聚焦教育民生重点领域，在招生入学、学生资助、校园安全等方面加大公开力度，"
      + "通过门户网站、微信公众号和新闻发布会等多种渠道及时发布权威信息，回应家长关切，"
      + "全年召开发布会3场，解读政策文件5件。";

  private static final String PROBLEMS = "一是依申请公开答复的规范性有待提高，个别答复文书说理不够充分；二是政策解读形式较为单一，"
      + "图解、视频等群众喜闻乐见的解读产品偏少；三是基层政务公开标准目录的动态调整不够及时，部分事项更新滞后。"
      + "下一步，我们将加强业务培训，组织开展答复文书评查，推行多元化解读，建立目录季度更新机制，"
      + "并把政务公开工作纳入年度绩效考核，压实各部门主体责任，确保各项改进措施落到实处，切实提升公开质效。";

  private static List<Finding> rule(List<Finding> all, String rule) {
    return all.stream().filter(f -> f.rule().equals(rule)).toList();
  }

  @Test
  void carryOverMustEqualLastYearsCarriedForward() {
    Reading last = ReadingFixture.e2021().year(2022).agency("青禾县人民政府")
        .set("t3.carried_forward.natural_person", "3").set("t3.carried_forward.total", "3").build();
    Reading now = ReadingFixture.e2021().year(2023).agency("青禾县人民政府")
        .set("t3.carried_over.natural_person", "5").set("t3.carried_over.total", "3").build();
    List<Finding> x1 = rule(CrossYearRules.check(last, now), "X1");
    assertThat(x1).hasSize(1);
    Finding f = x1.get(0);
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.cells()).containsExactly("t3.carried_over.natural_person");
    assertThat(f.expected()).isEqualTo("3");
    assertThat(f.actual()).isEqualTo("5");
    assertThat(f.messageZh()).contains("青禾县人民政府2022年度报告").contains("自然人");
    assertThat(f.messageEn()).contains("2022");
  }

  @Test
  void aBlankCarriedForwardCountsAsZeroAndSaysSo() {
    Reading last = ReadingFixture.e2021().year(2022).blank("t3.carried_forward.commercial").build();
    Reading now = ReadingFixture.e2021().year(2023).set("t3.carried_over.commercial", "2").build();
    assertThat(rule(CrossYearRules.check(last, now), "X1")).singleElement()
        .satisfies(f -> assertThat(f.messageZh()).contains("空白按0计"));
  }

  @Test
  void reportsThatAreNotConsecutiveYearsAreNotCompared() {
    Reading last = ReadingFixture.e2021().year(2021).set("t3.carried_forward.total", "9").build();
    Reading now = ReadingFixture.e2021().year(2023).build();
    assertThat(CrossYearRules.check(last, now)).isEmpty();
  }

  @Test
  void inForceCountsFollowFromLastYearsAndThisYearsChanges() {
    Reading last = ReadingFixture.e2021().year(2022).set("t2.normative_documents.in_force", "40").build();
    Reading right = ReadingFixture.e2021().year(2023).set("t2.normative_documents.issued", "5")
        .set("t2.normative_documents.repealed", "2").set("t2.normative_documents.in_force", "43").build();
    Reading wrong = ReadingFixture.e2021().year(2023).set("t2.normative_documents.issued", "5")
        .set("t2.normative_documents.repealed", "2").set("t2.normative_documents.in_force", "50").build();
    assertThat(rule(CrossYearRules.check(last, right), "X2")).isEmpty();
    assertThat(rule(CrossYearRules.check(last, wrong), "X2")).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.expected()).isEqualTo("43");
      assertThat(f.actual()).isEqualTo("50");
    });
  }

  @Test
  void itemCountsOfThe2019EditionCarryLastYearsChange() {
    Reading last = ReadingFixture.e2019().year(2019).set("t2.licensing.prev_items", "120")
        .set("t2.licensing.change", "-4").build();
    Reading right = ReadingFixture.e2019().year(2020).set("t2.licensing.prev_items", "116").build();
    Reading wrong = ReadingFixture.e2019().year(2020).set("t2.licensing.prev_items", "120").build();
    assertThat(rule(CrossYearRules.check(last, right), "X3")).isEmpty();
    assertThat(rule(CrossYearRules.check(last, wrong), "X3")).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("116"));
  }

  @Test
  void anEditionChangeSkipsTable2AndOnlyTheExpectedChangeIsQuiet() {
    Reading y2020 = ReadingFixture.e2019().year(2020).set("t2.licensing.prev_items", "7").build();
    Reading y2021 = ReadingFixture.e2021().year(2021).build();
    List<Finding> expected = CrossYearRules.check(y2020, y2021);
    assertThat(rule(expected, "X4")).singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    assertThat(rule(expected, "X2")).isEmpty();
    Reading back = ReadingFixture.e2019().year(2022).build(); // a 2022 report back on the old format
    assertThat(rule(CrossYearRules.check(y2021, back), "X4")).singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
  }

  @Test
  void aReportCopiedWithNewFiguresIsFlaggedAndAnotherTextIsNot() {
    Reading last = ReadingFixture.e2021().year(2022).section("一", GENERAL).build();
    Reading copy = ReadingFixture.e2021().year(2023)
        .section("一", GENERAL.replace("2156", "2311").replace("12件", "15件")).build();
    Reading fresh = ReadingFixture.e2021().year(2023).section("一", OTHER).build();
    assertThat(rule(CrossYearRules.check(last, copy), "X5")).singleElement()
        .satisfies(f -> assertThat(f.messageZh()).contains("全文100%"));
    assertThat(rule(CrossYearRules.check(last, fresh), "X5")).isEmpty();
  }

  @Test
  void aLongSectionCopiedIntoAnOtherwiseNewReportIsNamed() {
    Reading last = ReadingFixture.e2021().year(2022).section("一", GENERAL).section("五", PROBLEMS).build();
    Reading now = ReadingFixture.e2021().year(2023).section("一", OTHER).section("五", PROBLEMS).build();
    assertThat(rule(CrossYearRules.check(last, now), "X5")).singleElement()
        .satisfies(f -> assertThat(f.messageZh()).contains("第五（100%）部分"));
  }

  @Test
  void aShortStatementRepeatedEveryYearIsNoCopy() {
    String fee = "认真落实信息处理费管理办法，本年度未收取信息处理费。";
    Reading last = ReadingFixture.e2021().year(2022).section("一", GENERAL).section("六", fee).build();
    Reading now = ReadingFixture.e2021().year(2023).section("一", OTHER).section("六", fee).build();
    assertThat(rule(CrossYearRules.check(last, now), "X5")).isEmpty();
  }

  @Test
  void identicalFiguresAreFlaggedButTwoAllZeroTablesAreNot() {
    ReadingFixture last = ReadingFixture.e2021().year(2022);
    ReadingFixture now = ReadingFixture.e2021().year(2023);
    for (ReadingFixture r : List.of(last, now)) {
      r.set("t4.review.upheld", "2").set("t4.review.corrected", "1").set("t4.review.total", "3");
    }
    assertThat(rule(CrossYearRules.check(last.build(), now.build()), "X5")).singleElement()
        .satisfies(f -> assertThat(f.actual()).isEqualTo("t4"));
    assertThat(rule(CrossYearRules.check(ReadingFixture.e2021().year(2022).build(),
        ReadingFixture.e2021().year(2023).build()), "X5")).isEmpty();
  }

  @Test
  void anotherOrgansTextCopiedIsFlaggedInTheSameYear() {
    Reading a = ReadingFixture.e2021().year(2023).agency("甲镇人民政府").section("一", GENERAL).build();
    Reading b = ReadingFixture.e2021().year(2023).agency("乙镇人民政府").section("一", GENERAL).build();
    assertThat(rule(CrossYearRules.copiedFromAnother(a, b), "X5")).singleElement()
        .satisfies(f -> assertThat(f.messageZh()).contains("甲镇人民政府"));
  }

  @Test
  void similarityIgnoresFiguresAndLayoutButNotWords() {
    assertThat(TextSimilarity.repeated(GENERAL, GENERAL.replace("，", "，\n"))).isEqualTo(1.0);
    assertThat(TextSimilarity.repeated(GENERAL, OTHER)).isLessThan(0.2);
    assertThat(TextSimilarity.repeated("太短", "太短")).isZero();
  }
}
