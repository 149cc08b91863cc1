package io.gongkai.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.schema.Edition;
import io.gongkai.schema.Template;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTextTest {
  private final String text = new ReportText(Language.BOTH).render(SampleReports.edition2021(null));

  @Test
  void showsEveryTableHeadingOfTheEditionWithOfficialLabels() {
    Template.standard().edition(Edition.E2021).orElseThrow().tables()
        .forEach(t -> assertThat(text).contains(t.heading()));
    assertThat(text).contains("一、本年新收政府信息公开申请数量", "（三）不予公开", "自然人", "本年制发件数");
  }

  @Test
  void marksEachCellByStatus() {
    String row = line("一、本年新收政府信息公开申请数量");
    assertThat(row).contains("12", "?1/0", ReportText.BLANK, ReportText.MISSING);
  }

  @Test
  void groupLabelsPrecedeTheirRows() {
    assertThat(text.indexOf("（三）不予公开")).isLessThan(text.indexOf("（三）1.属于国家秘密"));
    assertThat(text.indexOf("三、本年度办理结果")).isLessThan(text.indexOf("（一）予以公开"));
    assertThat(text.indexOf("二、上年结转")).isLessThan(text.indexOf("三、本年度办理结果"));
  }

  @Test
  void columnsAlignByDisplayWidthNotCharacters() {
    List<String> rows = List.of(line("一、本年新收政府信息公开申请数量"), line("二、上年结转政府信息公开申请数量"));
    assertThat(TextWidth.of(rows.get(0))).isEqualTo(TextWidth.of(rows.get(1)));
  }

  @Test
  void findingsChineseFirstThenEnglish() {
    assertThat(text).contains("[错误 error] H1");
    assertThat(text.indexOf("总计列：两边之和不相等")).isLessThan(text.indexOf("Total column: the two sides differ"));
  }

  @Test
  void oneLanguageOnlyWhenAsked() {
    String zh = new ReportText(Language.ZH).render(SampleReports.edition2021(null));
    assertThat(zh).contains("总计列").doesNotContain("Total column");
  }

  @Test
  void wideCharactersCountTwice() {
    assertThat(TextWidth.of("总计ab")).isEqualTo(6);
    assertThat(TextWidth.truncate("一二三四五", 7)).isEqualTo("一二三…");
  }

  private String line(String label) {
    return Arrays.stream(text.split("\n")).filter(l -> l.contains(label)).findFirst().orElseThrow();
  }
}
