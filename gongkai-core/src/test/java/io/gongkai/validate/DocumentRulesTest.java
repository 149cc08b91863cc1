package io.gongkai.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Finding;
import io.gongkai.model.Severity;
import io.gongkai.schema.Edition;
import java.util.List;
import org.junit.jupiter.api.Test;

/** WRONG_EDITION, MISSING_SECTION and LABEL_VARIANT. */
class DocumentRulesTest {

  @Test
  void oldMarkersInA2021OrLaterReportAreAnError() {
    List<Finding> f = ReadingFixture.e2021().markers(Edition.E2019, 3).check("WRONG_EDITION");
    assertThat(f).singleElement().satisfies(w -> {
      assertThat(w.severity()).isEqualTo(Severity.ERROR);
      assertThat(w.expected()).isEqualTo("2021");
      assertThat(w.actual()).isEqualTo("2019");
      assertThat(w.messageZh()).contains("国办公开办函〔2021〕30号").contains("3处");
    });
  }

  @Test
  void newMarkersInA2020ReportAreAWarning() {
    assertThat(ReadingFixture.e2019().markers(Edition.E2021, 2).check("WRONG_EDITION"))
        .singleElement().extracting(Finding::severity).isEqualTo(Severity.WARNING);
  }

  @Test
  void mixedMarkersAreAnErrorWhateverTheYear() {
    assertThat(ReadingFixture.e2019().markers(Edition.E2019, 8).markers(Edition.E2021, 1).check("WRONG_EDITION"))
        .singleElement().satisfies(w -> {
          assertThat(w.severity()).isEqualTo(Severity.ERROR);
          assertThat(w.messageZh()).contains("混用");
        });
  }

  @Test
  void markersOfTheRightEditionRaiseNothing() {
    assertThat(ReadingFixture.e2019().markers(Edition.E2019, 9).check("WRONG_EDITION")).isEmpty();
    assertThat(ReadingFixture.e2021().markers(Edition.E2021, 7).check("WRONG_EDITION")).isEmpty();
    assertThat(ReadingFixture.e2021().year(null).markers(Edition.E2019, 2).check("WRONG_EDITION")).isEmpty();
  }

  @Test
  void eachAbsentSectionIsAnError() {
    List<Finding> f = ReadingFixture.e2019().withoutSection("六").withoutSection("二").check("MISSING_SECTION");
    assertThat(f).extracting(Finding::expected).containsExactly("二、主动公开政府信息情况", "六、其他需要报告的事项");
    assertThat(f.get(1).messageZh()).isEqualTo("缺少第六部分“六、其他需要报告的事项”");
    assertThat(f).allSatisfy(m -> assertThat(m.severity()).isEqualTo(Severity.ERROR));
  }

  @Test
  void sectionsAreNotDemandedOfOldOrUnknownEditions() {
    assertThat(ReadingFixture.of(Edition.PRE2019, 2017).withoutSection("六").check()).isEmpty();
    assertThat(ReadingFixture.of(Edition.UNKNOWN, null).withoutSection("一").check()).isEmpty();
  }

  @Test
  void labelVariantsPointAtTheCellsTheyName() {
    List<Finding> f = ReadingFixture.e2021()
        .variant("t3.unable_not_held", "（四）1.本机关不掌握相关政府信息", "（四）1.本机不掌握相关政府信息")
        .variant("t3.*.social_welfare", "社会公益组织", "社会组织")
        .check("LABEL_VARIANT");
    assertThat(f).hasSize(2);
    assertThat(f.get(0).cells()).hasSize(7).allMatch(id -> id.startsWith("t3.unable_not_held."));
    assertThat(f.get(1).cells()).hasSize(25).allMatch(id -> id.endsWith(".social_welfare"));
    assertThat(f.get(1).messageZh()).isEqualTo("“社会组织”与模板用语“社会公益组织”不一致");
    assertThat(f.get(1).severity()).isEqualTo(Severity.WARNING);
  }
}
