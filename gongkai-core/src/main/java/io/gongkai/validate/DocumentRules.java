package io.gongkai.validate;

import io.gongkai.model.Finding;
import io.gongkai.model.LabelVariant;
import io.gongkai.model.Reading;
import io.gongkai.model.Severity;
import io.gongkai.schema.CellSpec;
import io.gongkai.schema.Edition;
import io.gongkai.schema.EditionSpec;
import io.gongkai.schema.SectionSpec;
import io.gongkai.schema.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Rules about the document as a whole: WRONG_EDITION (SPEC §2.1), MISSING_SECTION (§3, H6), LABEL_VARIANT (§10). */
final class DocumentRules {
  private DocumentRules() {}

  /** WRONG_EDITION from the edition markers the tables print, against the year the report covers. */
  static List<Finding> wrongEdition(Sheet sheet) {
    Reading r = sheet.reading();
    int old = r.editionMarkers().getOrDefault(Edition.E2019, 0);
    int current = r.editionMarkers().getOrDefault(Edition.E2021, 0);
    if (old > 0 && current > 0) {
      return List.of(new Finding("WRONG_EDITION", Severity.ERROR, List.of(), null, "2019+2021",
          "表格混用了2019年版（" + old + "处）和2021年版（" + current + "处）格式的用语",
          "The tables mix wording of the 2019 edition (" + old + ") and the 2021 edition (" + current + ")"));
    }
    Integer year = r.year();
    if (year == null) {
      return List.of();
    }
    if (year >= 2021 && old > 0) {
      return List.of(edition(Severity.ERROR, year, Edition.E2021, Edition.E2019, old, ""));
    }
    if ((year == 2019 || year == 2020) && current > 0) {
      return List.of(edition(Severity.WARNING, year, Edition.E2019, Edition.E2021, current,
          "；如系按新格式重新发布，请核实"));
    }
    return List.of();
  }

  private static Finding edition(Severity severity, int year, Edition due, Edition used, int markers, String note) {
    String zh = year + "年度报告应使用" + due.code() + "年版格式（" + notice(due) + "），但表格使用了" + used.code()
        + "年版格式的用语（" + markers + "处）" + note;
    String en = "A report for " + year + " should follow the " + due.code() + " edition (" + notice(due)
        + ") but its tables use wording of the " + used.code() + " edition (" + markers + " markers)";
    return new Finding("WRONG_EDITION", severity, List.of(), due.code(), used.code(), zh, en);
  }

  private static String notice(Edition e) {
    return Template.standard().edition(e).map(EditionSpec::title).orElse(e.code());
  }

  /** MISSING_SECTION: each of the six numbered sections a report under a uniform format must have. */
  static List<Finding> missingSections(Sheet sheet) {
    if (!sheet.reading().edition().hasTables()) {
      // The old regime had other contents and an unknown edition gives no basis to demand the six headings.
      return List.of();
    }
    List<Finding> out = new ArrayList<>();
    for (SectionSpec s : Template.standard().sections()) {
      if (sheet.reading().section(s.id()) == null) {
        out.add(new Finding("MISSING_SECTION", Severity.ERROR, List.of(), s.heading(), null,
            "缺少第" + s.id() + "部分“" + s.heading() + "”",
            "Section " + s.id() + " (" + s.heading() + ") is missing"));
      }
    }
    return out;
  }

  /** LABEL_VARIANT: one finding per label printed differently from the template. */
  static List<Finding> labelVariants(Sheet sheet) {
    List<Finding> out = new ArrayList<>();
    for (LabelVariant v : sheet.reading().labelVariants()) {
      out.add(new Finding("LABEL_VARIANT", Severity.WARNING, cellsOf(sheet, v.target()), v.official(), v.printed(),
          "“" + v.printed() + "”与模板用语“" + v.official() + "”不一致",
          "Printed \"" + v.printed() + "\" where the template has \"" + v.official() + "\""));
    }
    return out;
  }

  /** The cells a label target names: {@code t3.unable_not_held} (a row), {@code t3.*.social_welfare} (a column). */
  private static List<String> cellsOf(Sheet sheet, String target) {
    String[] parts = Optional.ofNullable(target).orElse("").split("\\.");
    return sheet.specs().stream().filter(s -> matches(s, parts)).map(s -> s.id().toString()).toList();
  }

  private static boolean matches(CellSpec s, String[] parts) {
    String[] id = {s.id().table(), s.id().row(), s.id().col()};
    if (parts.length < 2 || parts.length > 3) {
      return false; // a whole table or a section: no single cells to point at
    }
    for (int i = 0; i < parts.length; i++) {
      if (!parts[i].equals("*") && !parts[i].equals(id[i])) {
        return false;
      }
    }
    return true;
  }
}
