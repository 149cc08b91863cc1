package io.gongkai.testing;

import io.gongkai.schema.SectionSpec;
import io.gongkai.schema.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The words around the tables of a synthetic report: title, preamble, the six headings and a short made-up narrative
 * per section. The narrative avoids digits on purpose, so that the only numbers after the preamble are table cells.
 */
final class Prose {
  /** Made-up narrative per section id; our own wording, not taken from any real report. */
  private static final Map<String, String> NARRATIVE = Map.of(
      "一", "本机关把公开工作列入年度计划，安排专人维护门户网站栏目，按季度梳理应公开事项并逐条核对。",
      "二", "主动公开情况见下表。",
      "三", "依申请公开办理情况见下表。",
      "四", "复议和诉讼情况见下表。",
      "五", "栏目更新节奏不够均衡，部分解读材料偏少。下一步将细化分工，定期抽查栏目内容。",
      "六", "本年度没有其他需要报告的事项。");

  private Prose() {}

  /**
   * A whole report: title, preamble, then each section heading with its narrative, and the tables of sections
   * 二/三/四 rendered by {@code tableText}.
   *
   * @return the paragraphs, in order; the layout decides how to join them
   */
  static List<String> paragraphs(SyntheticReport report, Function<TableGrid.Table, String> tableText) {
    List<String> out = new ArrayList<>();
    out.add(report.agency() + report.year() + "年政府信息公开工作年度报告");
    out.add("本报告依照政府信息公开条例编写，统计期限为" + report.year() + "年1月1日至" + report.year()
        + "年12月31日。");
    List<TableGrid.Table> tables = TableGrid.of(report);
    for (SectionSpec s : Template.standard().sections()) {
      out.add(s.heading());
      out.add(NARRATIVE.get(s.id()));
      for (TableGrid.Table t : tables) {
        if (t.heading().equals(s.heading())) {
          out.add(tableText.apply(t));
        }
      }
    }
    return out;
  }
}
