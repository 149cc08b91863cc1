package io.gongkai.ingest.word;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.gongkai.ingest.Block;
import io.gongkai.ingest.FormatReader;
import io.gongkai.ingest.Grid;
import io.gongkai.ingest.GridCell;
import io.gongkai.ingest.Paragraph;
import io.gongkai.model.SourceInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The committed Word fixtures ({@code name.docx}, {@code name.doc}, {@code name.wps}) read as their
 * {@code name.expected.json}: paragraphs as {@code {"paragraph": text}}, grids as {@code {"grid": rows}} with covered
 * slots as null. The fixtures were written once by {@link WordFixtureMain} from a synthetic report, so the DOC reader
 * is tested even where LibreOffice is not installed. {@link #main} rewrites the expected files for review.
 */
class WordGoldenTest {
  static final Path FOLDER = Path.of("src/test/resources/word");
  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<Path> fixtures() throws IOException {
    List<Path> files;
    try (Stream<Path> all = Files.list(FOLDER)) {
      files = all.filter(p -> p.toString().matches(".*\\.(docx|doc|wps)$")).sorted().toList();
    }
    assertThat(files).as("Word fixtures in " + FOLDER).isNotEmpty();
    return files.stream();
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void readsAsExpected(Path file) throws IOException {
    JsonNode expected = JSON.readTree(expectedFile(file).toFile());
    assertThat(read(file)).isEqualTo(expected);
  }

  static JsonNode read(Path file) throws IOException {
    String name = file.getFileName().toString();
    String format = name.substring(name.lastIndexOf('.') + 1);
    FormatReader reader = format.equals("docx") ? new DocxReader() : new DocReader(null);
    List<Block> blocks = reader.read(Files.readAllBytes(file), new SourceInfo(name, "0".repeat(64),
        format.equals("docx") ? "docx" : "doc")).blocks();
    ArrayNode out = JSON.createArrayNode();
    for (Block b : blocks) {
      if (b instanceof Paragraph p) {
        out.addObject().put("paragraph", p.text());
      } else if (b instanceof Grid g) {
        ArrayNode rows = out.addObject().putArray("grid");
        for (List<GridCell> row : g.rows()) {
          ArrayNode r = rows.addArray();
          row.forEach(c -> r.add(c.continuation() ? null : c.text()));
        }
      }
    }
    return out;
  }

  private static Path expectedFile(Path file) {
    String name = file.getFileName().toString();
    return file.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".expected.json");
  }

  /** Rewrites every fixture's expected JSON from what the readers make of it now; review the diff before committing. */
  public static void main(String[] args) throws IOException {
    for (Path file : fixtures().toList()) {
      JSON.writerWithDefaultPrettyPrinter().writeValue(expectedFile(file).toFile(), read(file));
    }
  }
}
