package io.gongkai.ingest.word;

import static io.gongkai.ingest.word.HandDocx.p;
import static io.gongkai.ingest.word.HandDocx.r;
import static io.gongkai.ingest.word.HandDocx.tbl;
import static io.gongkai.ingest.word.HandDocx.tc;

import java.util.List;

/**
 * A short report written by hand in the shape real Word reports have (a {@code _GoBack} bookmark by the first
 * heading, header cells broken over two lines, numbers padded with ideographic spaces, group labels merged down),
 * with the revisions, fields (a one-page NUMPAGES, which LibreOffice recomputes), content controls and hidden
 * text a reader must see through; and the blocks it must read as.
 */
final class HandReport {
  private HandReport() {}

  private static final String GRID_SPAN_4 = "<w:gridSpan w:val=\"4\"/>";
  private static final String RESTART = "<w:vMerge w:val=\"restart\"/>";
  private static final String CONTINUE = "<w:vMerge/>";

  /**
   * The report's body.
   *
   * @param contentControl whether the second heading is in a content control; LibreOffice 7.4 writes such a
   *     paragraph to DOC three times over as form fields, so the DOC test leaves it out
   */
  static String body(boolean contentControl) {
    return p(" 青禾镇人民政府2020年度政府信息公开工作年度报告")
        + "<w:p><w:bookmarkStart w:id=\"0\" w:name=\"_GoBack\"/><w:bookmarkEnd w:id=\"0\"/>" + r("一、总体情况")
        + "</w:p>"
        + "<w:p>" + r("本年度共收到申请") + "<w:del w:id=\"1\" w:author=\"a\"><w:r><w:delText>5</w:delText></w:r>"
        + "</w:del><w:ins w:id=\"2\" w:author=\"a\">" + r("6") + "</w:ins>" + r("件。") + "</w:p>"
        + "<w:p>" + r("本报告共") + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
        + "<w:r><w:instrText xml:space=\"preserve\"> NUMPAGES </w:instrText></w:r>"
        + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + r("1") + "<w:r><w:fldChar w:fldCharType=\"end\"/>"
        + "</w:r>" + r("页。") + "</w:p>"
        + "<w:p>" + r("公开") + "<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r>" + r("渠道") + "</w:p>"
        + "<w:p/><w:p>" + r("　　") + "</w:p>"
        + (contentControl ? "<w:sdt><w:sdtPr/><w:sdtContent>" + p("二、主动公开政府信息情况") + "</w:sdtContent></w:sdt>"
            : p("二、主动公开政府信息情况"))
        + tbl(4, table2())
        + p("三、收到和处理政府信息公开申请情况")
        + tbl(4, table3());
  }

  private static String table2() {
    return "<w:tr>" + tc(GRID_SPAN_4, p("第二十条第（一）项")) + "</w:tr>"
        + "<w:tr>" + tc("信息内容") + tc("", p("本年新") + p("制作数量")) + tc("", p("本年新") + p("公开数量"))
        + tc("对外公开总数量") + "</w:tr>"
        + "<w:tr>" + tc("规章") + tc("　　0") + tc(" 0") + tc("　0") + "</w:tr>"
        + "<w:tr>" + tc("规范性文件") + tc("", "<w:p>" + r("1") + r("2") + r("3") + "</w:p>")
        + tc("", "<w:p><w:del w:id=\"3\" w:author=\"a\"><w:r><w:delText>5</w:delText></w:r></w:del>"
            + "<w:ins w:id=\"4\" w:author=\"a\">" + r("6") + "</w:ins></w:p>")
        + tc("", "<w:p><w:fldSimple w:instr=\" = 4+3 \">" + r("7") + "</w:fldSimple></w:p>") + "</w:tr>"
        + "<w:tr><w:trPr><w:gridBefore w:val=\"1\"/></w:trPr>" + tc("8") + tc("9") + tc("10") + "</w:tr>"
        + "<w:tr><w:trPr><w:gridAfter w:val=\"2\"/></w:trPr>" + tc("行政强制") + tc("0") + "</w:tr>";
  }

  private static String table3() {
    return "<w:tr>" + tc("<w:gridSpan w:val=\"2\"/>" + RESTART, p("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"))
        + tc("<w:gridSpan w:val=\"2\"/>", p("申请人情况")) + "</w:tr>"
        + "<w:tr>" + tc("<w:gridSpan w:val=\"2\"/>" + CONTINUE, "<w:p/>") + tc("自然人") + tc("总计") + "</w:tr>"
        + "<w:tr>" + tc(RESTART, p("三、本年度办理结果")) + tc("（一）予以公开") + tc("1") + tc("1") + "</w:tr>"
        + "<w:tr>" + tc("<w:vMerge w:val=\"continue\"/>", "<w:p/>") + tc("（二）部分公开") + tc("0") + tc("0")
        + "</w:tr>"
        + "<w:tr>" + tc(CONTINUE, "<w:p/>") + tc("（三）不予公开") + tc("—") + tc("") + "</w:tr>";
  }

  /** The blocks the body reads as: paragraph texts and grids (covered slots as the empty string). */
  static List<Object> expected() {
    return List.of("青禾镇人民政府2020年度政府信息公开工作年度报告", "一、总体情况", "本年度共收到申请6件。",
        "本报告共1页。", "公开渠道", "二、主动公开政府信息情况",
        List.of(List.of("第二十条第（一）项", "", "", ""),
            List.of("信息内容", "本年新\n制作数量", "本年新\n公开数量", "对外公开总数量"),
            List.of("规章", "0", "0", "0"),
            List.of("规范性文件", "123", "6", "7"),
            List.of("", "8", "9", "10"),
            List.of("行政强制", "0", "", "")),
        "三、收到和处理政府信息公开申请情况",
        List.of(List.of("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "", "申请人情况", ""),
            List.of("", "", "自然人", "总计"),
            List.of("三、本年度办理结果", "（一）予以公开", "1", "1"),
            List.of("", "（二）部分公开", "0", "0"),
            List.of("", "（三）不予公开", "—", "")));
  }

  /** Which slots of the two grids are covered by merged cells. */
  static List<List<List<Boolean>>> covered() {
    boolean t = true;
    boolean f = false;
    return List.of(
        List.of(List.of(f, t, t, t), List.of(f, f, f, f), List.of(f, f, f, f), List.of(f, f, f, f),
            List.of(f, f, f, f), List.of(f, f, f, f)),
        List.of(List.of(f, t, f, t), List.of(t, t, f, f), List.of(f, f, f, f), List.of(t, f, f, f),
            List.of(t, f, f, f)));
  }
}
