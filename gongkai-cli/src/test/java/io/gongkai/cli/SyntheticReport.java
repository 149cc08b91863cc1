package io.gongkai.cli;

/** A short report in the 2021 format, worded for these tests; tables are tab-separated as a text export prints them. */
final class SyntheticReport {
  static final String AGENCY = "青禾县农业农村局";

  private SyntheticReport() {}

  static String text() {
    return String.join("\n",
        AGENCY + "2022年政府信息公开工作年度报告",
        "发布日期：2023-01-16",
        "一、总体情况",
        "本局全年新收政府信息公开申请4件，全部按期答复。",
        "二、主动公开政府信息情况",
        "第二十条第（一）项",
        "信息内容\t本年制发件数\t本年废止件数\t现行有效件数",
        "规章\t0\t0\t0",
        "行政规范性文件\t2\t1\t9",
        "第二十条第（五）项",
        "信息内容\t本年处理决定数量",
        "行政许可\t31",
        "第二十条第（六）项",
        "信息内容\t本年处理决定数量",
        "行政处罚\t5",
        "行政强制\t0",
        "第二十条第（八）项",
        "信息内容\t本年收费金额（单位：万元）",
        "行政事业性收费\t0",
        "三、收到和处理政府信息公开申请情况",
        "本年度办理结果见下表。",
        "四、政府信息公开行政复议、行政诉讼情况",
        "本年度未发生行政复议和行政诉讼。",
        "五、存在的主要问题及改进情况",
        "栏目更新不够及时，下一年度将按月检查。",
        "六、其他需要报告的事项",
        "本年度未收取信息处理费。",
        "");
  }
}
