package io.gongkai.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.ingest.Block;
import io.gongkai.ingest.Grid;
import io.gongkai.ingest.GridCell;
import io.gongkai.ingest.Location;
import io.gongkai.ingest.Paragraph;
import io.gongkai.ingest.SourceDocument;
import io.gongkai.model.SourceInfo;
import io.gongkai.testing.Layout;
import io.gongkai.testing.ReportGenerator;
import io.gongkai.testing.ReportGenerator.Blanks;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Synthetic reports written as HTML in several styles read back to the same paragraphs and cells, over many seeds. */
class HtmlSyntheticTest {
  private static final int SEEDS = 60;

  @ParameterizedTest
  @EnumSource(SyntheticHtml.Style.class)
  void readsBackWhatWasWritten(SyntheticHtml.Style style) {
    for (long seed = 1; seed <= SEEDS; seed++) {
      List<Layout.Part> parts = Layout.parts(new ReportGenerator(seed).next(Blanks.ANY));
      SyntheticHtml.Page page = new SyntheticHtml(seed, style).render(parts);
      SourceDocument doc = new HtmlReader().read(page.html().getBytes(StandardCharsets.UTF_8),
          new SourceInfo("seed" + seed + ".html", "0", "html"));
      assertThat(seen(doc.blocks())).as("style %s, seed %d", style, seed).isEqualTo(page.expected());
      assertThat(doc.blocks()).allMatch(b -> b.location().equals(Location.NONE));
    }
  }

  /** Paragraph texts and grid cell texts, covered slots as empty, in the shape {@link SyntheticHtml} expects. */
  static List<Object> seen(List<Block> blocks) {
    List<Object> out = new ArrayList<>();
    for (Block b : blocks) {
      if (b instanceof Paragraph p) {
        out.add(p.text());
      } else if (b instanceof Grid g) {
        List<List<String>> rows = new ArrayList<>();
        for (List<GridCell> row : g.rows()) {
          rows.add(row.stream().map(GridCell::text).toList());
        }
        out.add(rows);
      }
    }
    return out;
  }
}
