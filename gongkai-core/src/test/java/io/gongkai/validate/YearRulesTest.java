package io.gongkai.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Finding;
import io.gongkai.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** P7: narrative years, statistical period, publication date against the deadline for the organ's type. */
class YearRulesTest {

  @Test
  void previousYearUsedAsTheRunningPeriodIsFlagged() {
    List<Finding> f = ReadingFixture.e2019().year(2020)
        .section("一", "一是落实公开要求。2019年截至目前，本单位共办理群众来信两件。").check("P7");
    assertThat(f).singleElement().satisfies(p7 -> {
      assertThat(p7.severity()).isEqualTo(Severity.WARNING);
      assertThat(p7.expected()).isEqualTo("2020");
      assertThat(p7.actual()).isEqualTo("2019");
      assertThat(p7.messageZh()).contains("2019年截至目前");
    });
  }

  @Test
  void historicAndCurrentYearsAreNotFlagged() {
    String text = "2020年截至目前运行平稳。自2015年以来持续推进，较2019年有所提升。2021年截至目前已发布要点。";
    assertThat(ReadingFixture.e2019().year(2020).section("一", text).check("P7")).isEmpty();
  }

  @Test
  void statisticalPeriodMustBeTheReportYear() {
    assertThat(ReadingFixture.e2021().year(2022).preamble("本报告统计期限为2021年1月1日至2021年12月31日。\n")
        .check("P7")).singleElement().satisfies(p7 -> assertThat(p7.actual()).isEqualTo("2021"));
    assertThat(ReadingFixture.e2021().year(2022).preamble("數據統計期限自2022年1月1日起至12月31日止。\n")
        .check("P7")).isEmpty();
  }

  @Test
  void publishingBeforeTheYearEndedIsAnError() {
    assertThat(ReadingFixture.e2021().year(2022).published("2022-12-30").check("P7"))
        .singleElement().extracting(Finding::severity).isEqualTo(Severity.ERROR);
  }

  @Test
  void departmentsAreLateAfter31JanuaryAndGovernmentsAfter31March() {
    ReadingFixture department = ReadingFixture.e2021().year(2022).agency("某某市统计局");
    assertThat(department.published("2023-01-31").check("P7")).isEmpty();
    assertThat(department.published("2023-02-01").check("P7")).singleElement().satisfies(p7 -> {
      assertThat(p7.severity()).isEqualTo(Severity.WARNING);
      assertThat(p7.expected()).isEqualTo("<= 2023-01-31");
    });
    ReadingFixture government = ReadingFixture.e2021().year(2022).agency("某某区人民政府");
    assertThat(government.published("2023-03-31").check("P7")).isEmpty();
    assertThat(government.published("2023-04-01").check("P7")).hasSize(1);
  }

  @Test
  void townshipDeadlinesAreLocalAndNotChecked() {
    assertThat(ReadingFixture.e2019().year(2020).agency("某某镇").published("2021-06-01").check("P7")).isEmpty();
  }
}
