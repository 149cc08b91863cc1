package io.gongkai.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Cell;
import io.gongkai.model.Reading;
import io.gongkai.model.SourceInfo;
import io.gongkai.model.Status;
import io.gongkai.schema.CellId;
import io.gongkai.schema.CellSpec;
import io.gongkai.schema.Edition;
import io.gongkai.schema.Template;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChangesTest {
  /** A reading of every cell of the edition at "0", with the given cells replaced. */
  private static Reading reading(Edition edition, int year, Map<String, Cell> replaced) {
    List<Cell> cells = new ArrayList<>();
    for (CellSpec s : Template.standard().cells(edition)) {
      cells.add(replaced.getOrDefault(s.id().toString(), new Cell(s.id(), Status.OK, "0", "0", List.of(), null)));
    }
    return new Reading(new SourceInfo("t.txt", "", "text"), "", edition, Map.of(), year, "某县人民政府", null, List.of(),
        cells, List.of(), Set.of());
  }

  private static Cell ok(String id, String value) {
    return new Cell(CellId.parse(id), Status.OK, value, value, List.of(), null);
  }

  @Test
  void listsCellsThatChangedWithTheirDifference() {
    Reading last = reading(Edition.E2021, 2022, Map.of("t3.new_received.total", ok("t3.new_received.total", "12")));
    Reading now = reading(Edition.E2021, 2023, Map.of("t3.new_received.total", ok("t3.new_received.total", "20")));
    assertThat(Changes.between(last, now))
        .containsExactly(new CellChange("t3.new_received.total", "12", "20", new BigDecimal("8")));
  }

  @Test
  void aBlankIsZeroAndAnUncertainCellHasNoValue() {
    String id = "t4.review.total";
    Reading last = reading(Edition.E2021, 2022,
        Map.of(id, new Cell(CellId.parse(id), Status.BLANK, null, null, List.of(), null)));
    Reading now = reading(Edition.E2021, 2023,
        Map.of(id, new Cell(CellId.parse(id), Status.UNCERTAIN, null, "3?", List.of("3", "8"), null)));
    assertThat(Changes.between(last, last)).isEmpty();
    assertThat(Changes.between(last, now)).containsExactly(new CellChange(id, "0", null, null));
  }

  @Test
  void table2IsNotComparedAcrossTheEditionChange() {
    Reading y2020 = reading(Edition.E2019, 2020, Map.of("t2.regulations.made", ok("t2.regulations.made", "4")));
    Reading y2021 = reading(Edition.E2021, 2021, Map.of("t3.carried_over.total", ok("t3.carried_over.total", "1")));
    assertThat(Changes.between(y2020, y2021)).extracting(CellChange::cellId).containsExactly("t3.carried_over.total");
  }
}
