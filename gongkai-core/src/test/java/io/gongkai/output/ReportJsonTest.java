package io.gongkai.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongkai.model.Report;
import io.gongkai.schema.Edition;
import io.gongkai.schema.Template;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportJsonTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void topLevelFieldsInContractOrder() throws Exception {
    JsonNode json = MAPPER.readTree(ReportJson.toJson(SampleReports.edition2021(LocalDate.of(2023, 1, 20))));
    assertThat(names(json)).containsExactly(
        "source", "edition", "year", "agency", "published", "sections", "cells", "findings");
    assertThat(names(json.get("source"))).containsExactly("file", "sha256", "format");
    assertThat(json.get("edition").asText()).isEqualTo("2021");
    assertThat(json.get("year").asInt()).isEqualTo(2022);
    assertThat(json.get("published").asText()).isEqualTo("2023-01-20");
    assertThat(names(json.get("sections").get(0))).containsExactly("id", "title", "span");
    assertThat(names(json.get("sections").get(0).get("span"))).containsExactly("page", "line", "start", "end");
  }

  @Test
  void publishedIsLeftOutWhenUnknown() throws Exception {
    JsonNode json = MAPPER.readTree(ReportJson.toJson(SampleReports.edition2021(null)));
    assertThat(json.has("published")).isFalse();
  }

  @Test
  void everyCellOfTheEditionInTemplateOrder() throws Exception {
    JsonNode cells = MAPPER.readTree(ReportJson.toJson(SampleReports.edition2021(null))).get("cells");
    List<String> ids = new ArrayList<>();
    cells.forEach(c -> ids.add(c.get("id").asText()));
    assertThat(ids).isEqualTo(Template.standard().cells(Edition.E2021).stream().map(c -> c.id().toString()).toList());
  }

  @Test
  void candidatesOnlyOnUncertainCellsAndPageOnlyWhenKnown() throws Exception {
    JsonNode json = MAPPER.readTree(ReportJson.toJson(SampleReports.edition2021(null)));
    JsonNode ok = cell(json, SampleReports.NEW_NATURAL);
    assertThat(names(ok)).containsExactly("id", "status", "value", "raw", "span");
    assertThat(names(ok.get("span"))).containsExactly("line", "start", "end");
    JsonNode uncertain = cell(json, SampleReports.NEW_COMMERCIAL);
    assertThat(names(uncertain)).containsExactly("id", "status", "value", "raw", "candidates", "span");
    assertThat(uncertain.get("value").isNull()).isTrue();
    assertThat(uncertain.get("candidates").toString()).isEqualTo("[\"1\",\"0\"]");
    JsonNode missing = cell(json, "t3.carried_forward.total");
    assertThat(missing.get("status").asText()).isEqualTo("missing");
    assertThat(missing.get("span").isNull()).isTrue();
  }

  @Test
  void findingFieldsInContractOrder() throws Exception {
    JsonNode f = MAPPER.readTree(ReportJson.toJson(SampleReports.edition2021(null))).get("findings").get(0);
    assertThat(names(f)).containsExactly(
        "rule", "severity", "cells", "expected", "actual", "message_zh", "message_en");
    assertThat(f.get("severity").asText()).isEqualTo("error");
  }

  @Test
  void severalReportsMakeAnArray() throws Exception {
    Report r = SampleReports.edition2021(null);
    StringWriter out = new StringWriter();
    ReportJson.writeArray(List.of(r, r), out);
    JsonNode json = MAPPER.readTree(out.toString());
    assertThat(json.isArray()).isTrue();
    assertThat(json.size()).isEqualTo(2);
  }

  private static JsonNode cell(JsonNode report, String id) {
    for (JsonNode c : report.get("cells")) {
      if (c.get("id").asText().equals(id)) {
        return c;
      }
    }
    throw new AssertionError("no cell " + id);
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
