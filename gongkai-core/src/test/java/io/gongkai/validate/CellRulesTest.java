package io.gongkai.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Cell;
import io.gongkai.model.Finding;
import io.gongkai.model.Severity;
import io.gongkai.model.Status;
import io.gongkai.schema.CellId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** MISSING_TABLE, H5, H6, BLANK_CELL, P9 and UNCERTAIN_CELL. */
class CellRulesTest {
  private static Cell blankCell(String id) {
    return new Cell(CellId.parse(id), Status.BLANK, null, null, List.of(), null);
  }

  @Test
  void missingTableIsAnErrorNamingTheTable() {
    List<Finding> f = ReadingFixture.e2021().each("t2", id -> Cell.missing(CellId.parse(id))).check("MISSING_TABLE");
    assertThat(f).singleElement().satisfies(m -> {
      assertThat(m.severity()).isEqualTo(Severity.ERROR);
      assertThat(m.messageZh()).contains("二、主动公开政府信息情况");
    });
    assertThat(ReadingFixture.e2021().missing("t2.fees.amount").check("MISSING_TABLE")).isEmpty();
  }

  @Test
  void h6ReportsRowsMissingFromATableThatIsThere() {
    List<Finding> f = ReadingFixture.e2019().each("t3.denied_admin_query", id -> Cell.missing(CellId.parse(id)))
        .check("H6");
    assertThat(f).singleElement().satisfies(h6 -> {
      assertThat(h6.cells()).hasSize(7).first().isEqualTo("t3.denied_admin_query.natural_person");
      assertThat(h6.messageZh()).isEqualTo("（三）8.属于行政查询事项：缺少整行");
    });
    assertThat(ReadingFixture.e2019().check("H6")).isEmpty();
  }

  @Test
  void h5RejectsValuesOutsideTheTypeDomain() {
    List<Finding> f = ReadingFixture.e2019()
        .set("t3.granted.commercial", "-1")
        .set("t2.licensing.change", "-2")
        .set("t2.procurement.amount", "12.5")
        .set("t2.penalty.decisions", "3.0")
        .check("H5");
    assertThat(f).extracting(x -> x.cells().get(0), Finding::actual)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("t2.penalty.decisions", "3.0"),
            org.assertj.core.groups.Tuple.tuple("t3.granted.commercial", "-1"));
    assertThat(f.get(1).messageZh()).isEqualTo("（一）予以公开·商业企业：数值“-1”不是非负整数");
  }

  @Test
  void blankCellsAreReportedOncePerRow() {
    List<Finding> f = ReadingFixture.e2019()
        .blank("t3.granted.commercial", "t3.granted.research", "t2.fees.change")
        .check("BLANK_CELL");
    assertThat(f).hasSize(2);
    assertThat(f.get(0).cells()).containsExactly("t2.fees.change");
    assertThat(f.get(1).cells()).containsExactly("t3.granted.commercial", "t3.granted.research");
    assertThat(f.get(1).severity()).isEqualTo(Severity.WARNING);
    assertThat(f.get(1).messageZh()).isEqualTo("（一）予以公开：商业企业、科研机构未填写数字（空白），核对时按0计");
  }

  @Test
  void p9NamesAWholeBlankRowAndAWholeBlankTable() {
    ReadingFixture f = ReadingFixture.e2019().each("t2.coercion", CellRulesTest::blankCell);
    assertThat(f.check("P9")).singleElement()
        .satisfies(p9 -> assertThat(p9.messageZh()).isEqualTo("行政强制：整行空白，无数据处应填写0"));
    assertThat(f.check("BLANK_CELL")).hasSize(1);

    ReadingFixture table = ReadingFixture.e2019().each("t4", CellRulesTest::blankCell);
    assertThat(table.check("P9")).singleElement()
        .satisfies(p9 -> assertThat(p9.messageZh()).contains("四、政府信息公开行政复议、行政诉讼情况").contains("整表空白"));
    assertThat(table.check("BLANK_CELL")).hasSize(3);
    assertThat(ReadingFixture.e2019().blank("t2.coercion.change").check("P9")).isEmpty();
  }

  @Test
  void uncertainCellsAreReportedOncePerRowWithCandidates() {
    List<Finding> f = ReadingFixture.e2019()
        .uncertain("t3.new_received.commercial", "1", "0").uncertain("t3.new_received.research")
        .check("UNCERTAIN_CELL");
    assertThat(f).singleElement().satisfies(u -> {
      assertThat(u.cells()).containsExactly("t3.new_received.commercial", "t3.new_received.research");
      assertThat(u.severity()).isEqualTo(Severity.WARNING);
      assertThat(u.messageZh()).isEqualTo("一、本年新收政府信息公开申请数量：商业企业（可能为1、0）、科研机构的数值无法确定，未采用");
    });
  }
}
