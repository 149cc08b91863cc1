package io.gongkai.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.gongkai.ingest.Block;
import io.gongkai.ingest.Grid;
import io.gongkai.ingest.Paragraph;
import io.gongkai.model.SourceInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The real HTML reports of the shared corpus, when it is there: every table of the report found with its shape,
 * the title first, and none of the site's chrome left. The shapes were checked by eye against the pages.
 */
class HtmlCorpusTest {
  private static final Path FILES = Path.of("..", "..", "shared", "corpus", "files");

  @ParameterizedTest
  @CsvSource({
      "039_, 18x5 26x10 4x15, 2019年上海市人民政府办公厅政府信息公开工作年度报告",
      "040_, 18x4 26x10 4x15, 平潭综合实验区2019年度政府信息公开工作年度报告",
      "041_, 18x4 26x10 4x15, 平潭综合实验区2020年度政府信息公开工作年度报告",
      "042_, 14x4 28x11 4x15, 平潭综合实验区2021年度政府信息公开工作年度报告"})
  void findsTheReportTables(String prefix, String shapes, String title) throws IOException {
    Path file = find(prefix);
    List<Block> blocks = new HtmlReader().read(Files.readAllBytes(file),
        new SourceInfo(file.getFileName().toString(), "0", "html")).blocks();
    String seen = blocks.stream().filter(b -> b instanceof Grid).map(b -> (Grid) b)
        .map(g -> g.rows().size() + "x" + g.width()).collect(Collectors.joining(" "));
    assertThat(seen).isEqualTo(shapes);
    assertThat(((Paragraph) blocks.get(0)).text()).isEqualTo(title);
    String text = blocks.stream().filter(b -> b instanceof Paragraph).map(b -> ((Paragraph) b).text())
        .collect(Collectors.joining("\n"));
    assertThat(text).contains("六、其他需要报告的事项").doesNotContain("扫一扫", "网站标识码", "ICP备", "主办单位",
        "友情链接", "SiteInfo", "附件下载");
  }

  private static Path find(String prefix) throws IOException {
    assumeTrue(Files.isDirectory(FILES), "no shared corpus at " + FILES.toAbsolutePath());
    try (Stream<Path> files = Files.list(FILES)) {
      return files.filter(f -> f.getFileName().toString().startsWith(prefix) && f.toString().endsWith(".html"))
          .findFirst().orElseThrow();
    }
  }
}
