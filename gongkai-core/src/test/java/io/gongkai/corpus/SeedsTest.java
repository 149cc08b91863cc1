package io.gongkai.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.extract.Extractor;
import io.gongkai.model.Cell;
import io.gongkai.model.Finding;
import io.gongkai.model.Reading;
import io.gongkai.model.SourceInfo;
import io.gongkai.model.Status;
import io.gongkai.schema.Edition;
import io.gongkai.validate.Validator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The seeds' "done means" of the core issue, checked against values read off the seed documents by a person: every
 * cell the text determines is read right and ok, and the seeds' known mistakes are reported.
 */
class SeedsTest {
  private static final Extractor EXTRACTOR = new Extractor();

  private static Reading seed(String prefix) {
    String doc = SharedFolder.textReports().stream().filter(d -> d.startsWith("seeds/" + prefix)).findFirst()
        .orElseThrow();
    return EXTRACTOR.read(SharedFolder.read(doc), new SourceInfo(doc, "", "text"));
  }

  /** Every cell ok with "0" except the listed ones. */
  private static void assertCells(Reading r, Map<String, String> nonZero) {
    for (Cell c : r.cells()) {
      String expected = nonZero.getOrDefault(c.id().toString(), "0");
      if (expected.equals("blank")) {
        assertThat(c.status()).as(c.id().toString()).isEqualTo(Status.BLANK);
      } else {
        assertThat(c.status()).as(c.id().toString()).isEqualTo(Status.OK);
        assertThat(c.value()).as(c.id().toString()).isEqualTo(expected);
      }
    }
  }

  private static List<Finding> findings(Reading r, String rule) {
    return new Validator().check(r).stream().filter(f -> f.rule().equals(rule)).toList();
  }

  @Test
  void seed000IsReadWholeAndBreaksH1AndH2InTheNaturalPersonAndTotalColumns() {
    Reading r = seed("000");
    assertThat(r.edition()).isEqualTo(Edition.E2019);
    assertThat(r.year()).isEqualTo(2020);
    assertThat(r.agency()).isEqualTo("小王庄镇");
    assertCells(r, Map.of("t2.penalty.change", "9", "t2.penalty.decisions", "9", "t2.procurement.projects", "45",
        "t2.procurement.amount", "2977.8555", "t3.new_received.natural_person", "5", "t3.new_received.total", "5",
        "t3.granted.natural_person", "5", "t3.granted.total", "5"));
    for (String rule : List.of("H1", "H2")) {
      List<Finding> errors = findings(r, rule).stream().filter(f -> f.severity().code().equals("error")).toList();
      assertThat(errors.stream().flatMap(f -> f.cells().stream()).map(c -> c.substring(c.lastIndexOf('.') + 1))
          .collect(Collectors.toSet())).as(rule + " columns").containsExactlyInAnyOrder("natural_person", "total");
    }
  }

  @Test
  void seed001ReadsTheBlankCoercionRowAsBlank() {
    Reading r = seed("001");
    assertCells(r, Map.of("t2.coercion.prev_items", "blank", "t2.coercion.change", "blank",
        "t2.coercion.decisions", "blank"));
    assertThat(r.sections()).hasSize(6);
  }

  @Test
  void seed002IsReadAndMissesSectionSix() {
    Reading r = seed("002");
    assertCells(r, Map.ofEntries(Map.entry("t2.penalty.change", "1"), Map.entry("t2.penalty.decisions", "3"),
        Map.entry("t2.procurement.projects", "7"), Map.entry("t2.procurement.amount", "461.7"),
        Map.entry("t3.new_received.natural_person", "10"), Map.entry("t3.new_received.total", "10"),
        Map.entry("t3.granted.natural_person", "2"), Map.entry("t3.granted.total", "2"),
        Map.entry("t3.partially_granted.natural_person", "3"), Map.entry("t3.partially_granted.total", "3"),
        Map.entry("t3.unable_not_held.natural_person", "5"), Map.entry("t3.unable_not_held.total", "5"),
        Map.entry("t3.total_processed.natural_person", "10"), Map.entry("t3.total_processed.total", "10"),
        Map.entry("t4.review.upheld", "1"), Map.entry("t4.review.corrected", "1"), Map.entry("t4.review.total", "2"),
        Map.entry("t4.litigation_after_review.upheld", "1"), Map.entry("t4.litigation_after_review.total", "1")));
    assertThat(r.preamble()).contains("国办公开办函〔2019〕60 号").contains("五个部分");
    assertThat(findings(r, "MISSING_SECTION")).extracting(Finding::messageEn).anyMatch(m -> m.contains("六")
        || m.contains("6") || m.toLowerCase().contains("other matters"));
  }

  @Test
  void seed003KeepsDroppedCellsUncertainAndNothingWrong() {
    Reading r = seed("003");
    assertThat(r.agency()).isEqualTo("秦州区人民政府");
    for (String row : List.of("new_received", "granted")) {
      for (String col : List.of("natural_person", "commercial", "research", "social_welfare", "legal_services",
          "other_org")) {
        assertThat(r.cell("t3." + row + "." + col).status()).isEqualTo(Status.UNCERTAIN);
      }
      Cell total = r.cell("t3." + row + ".total");
      assertThat(total.status() == Status.UNCERTAIN || "3".equals(total.value())).as("total is 3 or uncertain")
          .isTrue();
    }
    assertThat(r.cell("t2.licensing.change").value()).isEqualTo("-2");
    assertThat(r.cell("t2.procurement.amount").value()).isEqualTo("21324.2");
    assertThat(r.cell("t3.total_processed.total").status()).isEqualTo(Status.BLANK);
    assertThat(findings(r, "MISSING_SECTION")).isNotEmpty();
  }

  @Test
  void seed004IsA2021ReportWithItsLabelVariants() {
    Reading r = seed("004");
    assertThat(r.edition()).isEqualTo(Edition.E2021);
    assertThat(r.year()).isEqualTo(2022);
    assertCells(r, Map.of());
    assertThat(r.labelVariants()).extracting(v -> v.printed()).contains("（四）1.本机不掌握相关政府信息");
    assertThat(r.section("六").text()).startsWith("无");
  }
}
