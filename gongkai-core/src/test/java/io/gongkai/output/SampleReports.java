package io.gongkai.output;

import io.gongkai.model.Cell;
import io.gongkai.model.Finding;
import io.gongkai.model.Reading;
import io.gongkai.model.Report;
import io.gongkai.model.Section;
import io.gongkai.model.Severity;
import io.gongkai.model.SourceInfo;
import io.gongkai.model.SourceSpan;
import io.gongkai.model.Status;
import io.gongkai.schema.CellSpec;
import io.gongkai.schema.Edition;
import io.gongkai.schema.Template;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Hand-built reports, so output can be tested without the extractor. */
final class SampleReports {
  static final String NEW_NATURAL = "t3.new_received.natural_person";
  static final String NEW_COMMERCIAL = "t3.new_received.commercial";
  static final String NEW_RESEARCH = "t3.new_received.research";

  private SampleReports() {}

  /** A 2021-edition report: one ok, one uncertain, one blank cell, the rest missing; one finding. */
  static Report edition2021(LocalDate published) {
    List<Cell> cells = new ArrayList<>();
    for (CellSpec spec : Template.standard().cells(Edition.E2021)) {
      cells.add(cell(spec));
    }
    Section section = new Section("一", "一、总体情况", new SourceSpan(1, 9, 210, 216), "正文");
    Reading reading = new Reading(new SourceInfo("样例.txt", "ab".repeat(32), "text"), "全文", Edition.E2021,
        Map.of(Edition.E2021, 3), 2022, "测试县某局", published, List.of(section), cells, List.of(), Set.of("t3"));
    Finding finding = new Finding("H1", Severity.ERROR, List.of("t3.new_received.total"), "5", "0",
        "总计列：两边之和不相等", "Total column: the two sides differ");
    return new Report(reading, List.of(finding));
  }

  private static Cell cell(CellSpec spec) {
    String id = spec.id().toString();
    return switch (id) {
      case NEW_NATURAL -> new Cell(spec.id(), Status.OK, "12", "12", List.of(), new SourceSpan(null, 40, 900, 902));
      case NEW_COMMERCIAL -> new Cell(spec.id(), Status.UNCERTAIN, null, "2 | 1", List.of("1", "0"),
          new SourceSpan(null, 40, 903, 908));
      case NEW_RESEARCH -> new Cell(spec.id(), Status.BLANK, null, "—", List.of(), new SourceSpan(null, 40, 909, 910));
      default -> Cell.missing(spec.id());
    };
  }
}
