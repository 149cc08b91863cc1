package io.gongkai.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Finding;
import io.gongkai.model.Reading;
import io.gongkai.schema.Edition;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The entry point: rule order, determinism, and that checking never touches the reading. */
class ValidatorTest {

  @Test
  void findingsComeInRuleOrderThenTemplateOrder() {
    Reading reading = ReadingFixture.e2019()
        .markers(Edition.E2021, 1)
        .withoutSection("六")
        .set("t3.new_received.commercial", "2").set("t3.new_received.total", "2")
        .blank("t2.coercion.decisions")
        .set("t2.fees.prev_items", "0").set("t2.fees.change", "-1")
        .section("一", "全年收到政府信息公开申请5件。")
        .build();
    List<Finding> findings = new Validator().check(reading);
    assertThat(findings).extracting(Finding::rule).containsExactly(
        "WRONG_EDITION", "MISSING_SECTION", "H1", "H1", "BLANK_CELL", "P1", "P6");
    assertThat(findings.get(2).cells()).contains("t3.new_received.commercial");
    assertThat(new Validator().check(reading)).isEqualTo(findings);
  }

  @Test
  void checkingLeavesTheReadingAsItWas() {
    Reading reading = ReadingFixture.e2021().set("t3.granted.total", "9").build();
    Reading copy = new Reading(reading.source(), reading.text(), reading.edition(), reading.editionMarkers(),
        reading.year(), reading.agency(), reading.published(), reading.sections(), reading.cells(),
        reading.labelVariants(), reading.tablesFound());
    new Validator().check(reading);
    assertThat(reading).isEqualTo(copy);
    assertThat(reading.cell("t3.granted.total").value()).isEqualTo("9");
  }

  @Test
  void readingsWithoutTablesGetOnlyDocumentRules() {
    Reading old = ReadingFixture.of(Edition.PRE2019, 2016).markers(Edition.E2019, 2).build();
    assertThat(new Validator().check(old)).isEmpty();
  }
}
