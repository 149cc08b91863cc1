package io.gongkai.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The registry declared in template.tsv is the public contract of cells.tsv, cell for cell and label for label. */
class TemplateTest {
  private final Template template = Template.standard();

  @Test
  void editionsHaveTheCellCountsOfTheSpec() {
    assertThat(template.cells(Edition.E2019)).hasSize(22 + 161 + 15);
    assertThat(template.cells(Edition.E2021)).hasSize(10 + 175 + 15);
    assertThat(template.cells(Edition.PRE2019)).isEmpty();
  }

  @Test
  void sixSectionsInOrder() {
    assertThat(template.sections()).extracting(SectionSpec::id).containsExactly("一", "二", "三", "四", "五", "六");
  }

  @Test
  void expandsToThePublishedCellListInItsOrderPerEdition() throws IOException {
    Path tsv = published();
    for (Edition edition : List.of(Edition.E2019, Edition.E2021)) {
      List<String> expected = Files.readAllLines(tsv).stream().skip(1)
          .filter(l -> l.startsWith(edition.code() + "\t")).toList();
      assertThat(lines(edition)).containsExactlyElementsOf(expected);
    }
  }

  private List<String> lines(Edition edition) {
    return template.cells(edition).stream()
        .map(c -> String.join("\t", c.edition().code(), c.id().table(), c.block().id(), c.id().row(), c.rowLabel(),
            c.id().col(), c.columnLabel(), c.type().name().toLowerCase(java.util.Locale.ROOT)))
        .toList();
  }

  @Test
  void cellIdsParseBack() {
    for (CellSpec c : template.cells(Edition.E2021)) {
      assertThat(CellId.parse(c.id().toString())).isEqualTo(c.id());
    }
  }

  private static Path published() {
    for (Path a = Path.of("").toAbsolutePath(); a != null && a.getParent() != null; a = a.getParent()) {
      Path p = a.resolveSibling("shared").resolve("spec/cells.tsv");
      if (Files.exists(p)) {
        return p;
      }
    }
    Assumptions.assumeTrue(false, "../shared/spec/cells.tsv is absent");
    return null;
  }
}
