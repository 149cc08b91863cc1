package io.gongkai.output;

import io.gongkai.model.Cell;
import io.gongkai.model.Reading;
import io.gongkai.model.Status;
import io.gongkai.schema.EditionSpec;
import io.gongkai.schema.SectionSpec;
import io.gongkai.schema.Template;
import java.util.ArrayList;
import java.util.List;

/** The opening lines of a rendered report: source, edition, year, agency, sections found, cell counts, legend. */
final class ReportHeader {
  private final Template template;
  private final Language lang;

  ReportHeader(Template template, Language lang) {
    this.template = template;
    this.lang = lang;
  }

  void renderTo(Reading r, StringBuilder out) {
    String unknown = lang.pick("未识别", "unknown");
    out.append(r.agency() == null ? unknown : r.agency()).append("  ")
        .append(r.year() == null ? unknown : r.year() + (lang == Language.EN ? "" : "年度")).append('\n');
    out.append(lang.pick("文件", "file")).append(": ").append(r.source().file())
        .append("  ").append(lang.pick("格式", "format")).append(": ").append(r.source().format())
        .append("  sha256: ").append(abbreviate(r.source().sha256())).append('\n');
    out.append(lang.pick("版本", "edition")).append(": ").append(r.edition().code());
    template.edition(r.edition()).map(EditionSpec::title).ifPresent(t -> out.append("（").append(t).append("）"));
    if (r.published() != null) {
      out.append("  ").append(lang.pick("发布日期", "published")).append(": ").append(r.published());
    }
    out.append('\n');
    sections(r, out);
    cells(r, out);
  }

  private void sections(Reading r, StringBuilder out) {
    List<String> found = new ArrayList<>();
    List<String> absent = new ArrayList<>();
    for (SectionSpec s : template.sections()) {
      (r.section(s.id()) == null ? absent : found).add(s.id());
    }
    out.append(lang.pick("章节", "sections")).append(": ").append(String.join(" ", found));
    if (!absent.isEmpty()) {
      out.append("  ").append(lang.pick("缺", "missing")).append(": ").append(String.join(" ", absent));
    }
    out.append('\n');
  }

  private void cells(Reading r, StringBuilder out) {
    int[] counts = new int[Status.values().length];
    for (Cell c : r.cells()) {
      counts[c.status().ordinal()]++;
    }
    out.append(lang.pick("单元格", "cells")).append(": ")
        .append(lang.pick("确定", "ok")).append(' ').append(counts[Status.OK.ordinal()]).append("  ")
        .append(lang.pick("空白", "blank")).append(' ').append(counts[Status.BLANK.ordinal()]).append("  ")
        .append(lang.pick("不确定", "uncertain")).append(' ').append(counts[Status.UNCERTAIN.ordinal()]).append("  ")
        .append(lang.pick("缺失", "missing")).append(' ').append(counts[Status.MISSING.ordinal()]).append('\n');
    if (!r.cells().isEmpty()) {
      out.append(lang.pick("标记", "marks")).append(": ")
          .append(lang.pick("数值=确定", "value=ok")).append("  ")
          .append(ReportText.BLANK).append('=').append(lang.pick("空白", "blank")).append("  ")
          .append(ReportText.UNCERTAIN).append('=').append(lang.pick("不确定（候选值）", "uncertain (candidates)"))
          .append("  ").append(ReportText.MISSING).append('=').append(lang.pick("缺失", "missing")).append('\n');
    }
  }

  private static String abbreviate(String sha) {
    return sha == null || sha.length() <= 12 ? String.valueOf(sha) : sha.substring(0, 12) + "…";
  }
}
