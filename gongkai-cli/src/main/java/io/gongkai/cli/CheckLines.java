package io.gongkai.cli;

import io.gongkai.model.Severity;
import io.gongkai.model.Status;
import io.gongkai.output.Language;
import io.gongkai.output.ReportSummary;
import io.gongkai.output.SeverityText;
import java.util.List;
import java.util.Locale;

/** The text lines of {@code check}: one per report, one per unreadable file, and the closing summary. */
final class CheckLines {
  private final Language lang;

  CheckLines(Language lang) {
    this.lang = lang;
  }

  /** {@code file  版本 2019  年度 2020  机关 …  确定/不确定/缺失 120/3/0  错误/警告 1/2}. */
  String line(ReportSummary s) {
    String unknown = lang.pick("未识别", "unknown");
    return s.file()
        + "  " + lang.pick("版本", "edition") + " " + s.edition()
        + "  " + lang.pick("年度", "year") + " " + (s.year() == null ? unknown : s.year())
        + "  " + lang.pick("机关", "agency") + " " + (s.agency() == null ? unknown : s.agency())
        + "  " + lang.pick("确定/不确定/缺失", "ok/uncertain/missing") + " "
        + s.cells(Status.OK) + "/" + s.cells(Status.UNCERTAIN) + "/" + s.cells(Status.MISSING)
        + "  " + lang.pick("错误/警告", "errors/warnings") + " "
        + s.findings(Severity.ERROR) + "/" + s.findings(Severity.WARNING);
  }

  /** {@code 共 N 份报告：…}: counts and the time taken. */
  String total(List<CheckRun.Outcome> outcomes, Severity failOn, long nanos) {
    long unreadable = outcomes.stream().filter(o -> o.summary().isFailure() && !o.internalError()).count();
    long internal = outcomes.stream().filter(CheckRun.Outcome::internalError).count();
    long flagged = outcomes.stream().filter(o -> o.summary().hasFindingAtLeast(failOn)).count();
    return lang.pick("共", "total") + " " + outcomes.size() + " " + lang.pick("份报告", "reports")
        + "  " + lang.pick("有" + SeverityText.name(failOn, Language.ZH) + "级问题", "with " + failOn.code() + "s") + " " + flagged
        + "  " + lang.pick("无法读取", "unreadable") + " " + unreadable
        + "  " + lang.pick("内部错误", "internal errors") + " " + internal
        + "  " + lang.pick("用时", "time") + " " + String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
  }
}
