package io.gongkai.ingest.html;

import static io.gongkai.ingest.html.HtmlSyntheticTest.seen;
import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.ingest.Block;
import io.gongkai.ingest.Grid;
import io.gongkai.model.SourceInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-written pages for the odd cases real reports show; our own wording and numbers. */
class HtmlReaderTest {
  private static List<Block> read(byte[] bytes) {
    return new HtmlReader().read(bytes, new SourceInfo("t.html", "0", "html")).blocks();
  }

  private static List<Object> read(String html) {
    return seen(read(html.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void wordExportComesOutAsPrinted() throws IOException {
    byte[] bytes;
    try (InputStream in = getClass().getResourceAsStream("/html/word-export.html")) {
      bytes = in.readAllBytes();
    }
    assertThat(seen(read(bytes))).containsExactly(
        "青禾县水务局2023年政府信息公开工作年度报告",
        "一、总体情况",
        "本年度共主动公开信息127条，按季度核对栏目。",
        List.of(List.of("信息内容", "本年\n办理情况", ""), List.of("", "新增", "累计"),
            List.of("规范性文件", "1,036", "")),
        "二、其他需要报告的事项",
        "无。");
    Grid grid = (Grid) read(bytes).get(3);
    assertThat(grid.cell(0, 2).continuation()).isTrue();
    assertThat(grid.cell(1, 0).continuation()).isTrue();
    assertThat(grid.cell(2, 2).continuation()).isFalse();
  }

  @Test
  void gbkPageWithMetaCharset() {
    String html = "<html><head><meta charset=gbk><title>x</title></head><body><p>石泉县档案馆年度报告摘要</p>"
        + "<table><tr><td>申请数量</td><td>３</td></tr><tr><td>答复数量</td><td>3</td></tr></table></body></html>";
    byte[] gbk = html.getBytes(Charset.forName("GBK"));
    assertThat(seen(read(gbk))).containsExactly("石泉县档案馆年度报告摘要",
        List.of(List.of("申请数量", "３"), List.of("答复数量", "3")));
  }

  @Test
  void gbkPageWithoutDeclarationIsDetected() {
    String html = "<p>" + "本机关按季度梳理应公开事项，安排专人维护门户网站栏目，并逐条核对公开内容的准确性。".repeat(3) + "</p>";
    assertThat(seen(read(html.getBytes(Charset.forName("GBK"))))).containsExactly(html.substring(3, html.length() - 4));
  }

  @Test
  void declaredUtf8ThatIsNotFallsBackToDetection() {
    String html = "<meta charset=utf-8><p>" + "复议和诉讼情况见下表，本年度没有其他需要报告的事项。".repeat(4) + "</p>";
    List<Object> seen = seen(read(html.getBytes(Charset.forName("GB18030"))));
    assertThat(seen).containsExactly(html.substring(23, html.length() - 4));
  }

  @Test
  void spansExpandAndOverlongRowspanStopsAtTheLastRow() {
    assertThat(read("<table><tr><td rowspan=5>甲</td><td colspan=2>乙</td></tr><tr><td>1</td><td>&nbsp;</td></tr>"
        + "</table>")).containsExactly(List.of(List.of("甲", "乙", ""), List.of("", "1", "")));
  }

  @Test
  void rowsShorterThanTheTableArePaddedWithEmptyCells() {
    assertThat(read("<table><tr><td>标签</td><td>1</td><td>2</td></tr><tr><td>短行</td></tr></table>"))
        .containsExactly(List.of(List.of("标签", "1", "2"), List.of("短行", "", "")));
  }

  @Test
  void breakAndParagraphsInHeaderCellsAreLineBreaks() {
    assertThat(read("<table><tr><th>本年新<br/>制作数量</th><th><p>本年</p><p>&nbsp;</p><p>公开</p></th></tr>"
        + "<tr><td>\u3000</td><td> 7 </td></tr></table>"))
        .containsExactly(List.of(List.of("本年新\n制作数量", "本年\n公开"), List.of("", "7")));
  }

  @Test
  void oneTablePerBlockGivesOneGridEach() {
    String table = "<table><tr><td colspan=3>第二十条第（%s）项</td></tr><tr><td>信息内容</td><td>数量</td>"
        + "<td>金额</td></tr><tr><td>行政许可</td><td>%d</td><td>0</td></tr></table>";
    List<Object> seen = read(String.format(table, "一", 4) + String.format(table, "五", 9) + "<p>说明文字</p>");
    assertThat(seen).hasSize(3);
    assertThat(seen.get(0)).isEqualTo(List.of(List.of("第二十条第（一）项", "", ""), List.of("信息内容", "数量", "金额"),
        List.of("行政许可", "4", "0")));
    assertThat(seen.get(1)).asList().element(2).isEqualTo(List.of("行政许可", "9", "0"));
    assertThat(seen.get(2)).isEqualTo("说明文字");
  }

  @Test
  void layoutTableAroundTheReportIsUnwrapped() {
    String page = "<table width=960><tr><td width=200><ul><li><a href=a>机构概况</a></li><li><a href=b>政策文件</a></li>"
        + "<li><a href=c>规划计划</a></li></ul></td><td><h2>云杉镇2022年政府信息公开工作年度报告</h2>"
        + "<p>一、总体情况</p><p>本镇按月更新栏目。</p><table border=1><tr><td>信息内容</td><td>本年制发件数</td></tr>"
        + "<tr><td>规章</td><td>0</td></tr></table></td></tr></table>";
    assertThat(read(page)).containsExactly("云杉镇2022年政府信息公开工作年度报告", "一、总体情况", "本镇按月更新栏目。",
        List.of(List.of("信息内容", "本年制发件数"), List.of("规章", "0")));
  }

  @Test
  void smallTableInsideADataCellBecomesItsText() {
    assertThat(read("<table><tr><td>行政复议</td><td><table><tr><td>维持</td><td>2</td></tr></table></td></tr>"
        + "<tr><td>行政诉讼</td><td>0</td></tr></table>"))
        .containsExactly(List.of(List.of("行政复议", "维持 2"), List.of("行政诉讼", "0")));
  }

  @Test
  void brSeparatedLinesInADivAreParagraphs() {
    assertThat(read("<div>一、总体情况<br>本年度工作平稳。<br><br>二、主动公开政府信息情况</div>"))
        .containsExactly("一、总体情况", "本年度工作平稳。", "二、主动公开政府信息情况");
  }

  @Test
  void bareFragmentKeepsEverything() {
    assertThat(read("发布日期：2024-01-15<p>一、总体情况</p><p>分享到微信的做法已推广。</p><div>当前位置查询服务上线</div>"
        + "<table><tr><td>扫一扫</td><td>2</td></tr><tr><td>打印</td><td>0</td></tr></table>"))
        .containsExactly("发布日期：2024-01-15", "一、总体情况", "分享到微信的做法已推广。", "当前位置查询服务上线",
            List.of(List.of("扫一扫", "2"), List.of("打印", "0")));
  }

  @Test
  void buttonWordsStandingAloneAreChrome() {
    assertThat(read("<p>一、总体情况</p><p>本年度工作平稳。</p><p><a href=#>【打印】</a> <a href=#>【关闭】</a></p>"
        + "<div>分享到：<a>微信</a></div>")).containsExactly("一、总体情况", "本年度工作平稳。");
  }

  @Test
  void chromeWordsInsideReportParagraphsStay() {
    String article = "<h1>柳溪街道2023年政府信息公开工作年度报告</h1><p>一、总体情况</p>"
        + "<p>群众可在服务窗口<span>打印</span>公开文件，窗口提供技术支持和当前位置查询。</p>"
        + "<table><tr><td>信息内容</td><td>数量</td></tr><tr><td>规章</td><td>1</td></tr></table>";
    assertThat(read(ChromePage.wrap(article))).containsExactly("柳溪街道2023年政府信息公开工作年度报告", "一、总体情况",
        "群众可在服务窗口打印公开文件，窗口提供技术支持和当前位置查询。",
        List.of(List.of("信息内容", "数量"), List.of("规章", "1")));
  }

  /** The words that may hide are looked for in lower or upper case; a style in mixed case hides nothing. */
  @Test
  void elementsHiddenByTheirStyleAreDropped() {
    assertThat(read("<p>一、总体情况</p><p style='display: none'>甲</p><p style=\"VISIBILITY:HIDDEN\">乙</p>"
        + "<p style='font-size:12pt;mso-hide:all'>丙</p><p style='Display:none'>丁</p><p>本年度工作平稳。</p>"))
        .containsExactly("一、总体情况", "丁", "本年度工作平稳。");
  }

  @Test
  void internalCharactersAreKeptAsPrinted() {
    assertThat(read("<p>\u00a0 合计 １２ 件，ａｂ\u00a0cd\u3000</p>")).containsExactly("合计 １２ 件，ａｂ\u00a0cd");
  }

  /** Regression: a breadcrumb that ends with the report's title was kept, and its trail read as the agency. */
  @Test
  void aBreadcrumbEndingWithTheTitleIsChrome() {
    String title = "青禾镇人民政府2023年政府信息公开工作年度报告";
    List<Object> blocks = read("<html><body><div class=nav><a href=/>首页</a><a href=/x>通知</a></div>"
        + "<div class=path>您的位置：<a href=/>首页</a> &gt; <a href=/gk>信息公开</a> &gt; " + title + "</div>"
        + "<div class=article><h1>" + title + "</h1><p>一、总体情况</p><p>本镇全年按计划推进公开工作。</p>"
        + "<table><tr><td>信息内容</td><td>本年制发件数</td></tr><tr><td>规章</td><td>0</td></tr></table>"
        + "<p>二、主动公开政府信息情况</p></div></body></html>");
    assertThat(blocks.get(0)).isEqualTo(title);
    assertThat(blocks).noneMatch(b -> b.toString().contains("您的位置"));
  }
}
