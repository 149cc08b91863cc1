package io.gongkai.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gongkai.model.Cell;
import io.gongkai.model.Reading;
import io.gongkai.model.Section;
import io.gongkai.model.SourceInfo;
import io.gongkai.model.Status;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files: every {@code golden/NAME.txt|.md} is read and compared with {@code NAME.expected.json} beside it. The
 * expected form lists metadata, section ids, a count per status, every cell that is not missing and not
 * {@code ok 0}, and the errors and warnings the checks raise, so a file stays readable. {@code -Dgolden.update=true} rewrites the expected files; each rewritten
 * file must then be checked by hand against the fixture. A fixture the reader still gets wrong keeps its correct
 * expectation and names the bug in {@code "knownBug"}: it is skipped while it differs, and fails once it matches so
 * the marker gets removed.
 */
class GoldenTest {
  private static final Path FOLDER = Path.of("src", "test", "resources", "golden");
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  static Stream<String> fixtures() throws IOException {
    try (Stream<Path> files = Files.list(FOLDER)) {
      return files.map(p -> p.getFileName().toString())
          .filter(n -> (n.endsWith(".txt") || n.endsWith(".md")))
          .sorted().toList().stream();
    }
  }

  @Test
  void theFolderHasFixtures() throws IOException {
    assertThat(fixtures()).as("golden fixtures in " + FOLDER.toAbsolutePath()).isNotEmpty();
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void readsAsExpected(String name) throws IOException {
    String text = Files.readString(FOLDER.resolve(name), StandardCharsets.UTF_8);
    Reading reading = new Extractor().read(text, new SourceInfo(name, "", name.endsWith(".md") ? "markdown" : "text"));
    ObjectNode actual = summary(reading);
    actual.set("findings", JSON.valueToTree(findings(reading)));
    Path expectedFile = FOLDER.resolve(name.substring(0, name.lastIndexOf('.')) + ".expected.json");
    JsonNode expected = Files.exists(expectedFile) ? JSON.readTree(expectedFile.toFile()) : null;
    String knownBug = expected == null || !expected.has("knownBug") ? null : expected.get("knownBug").asText();
    if (Boolean.getBoolean("golden.update") && knownBug == null) {
      Files.writeString(expectedFile, JSON.writeValueAsString(actual) + "\n", StandardCharsets.UTF_8);
      return;
    }
    assertThat(expected).as("missing " + expectedFile + " (run with -Dgolden.update=true, then check it)")
        .isNotNull();
    ObjectNode wanted = expected.deepCopy();
    wanted.remove("knownBug");
    boolean same = wanted.equals(actual);
    if (knownBug != null) {
      assertThat(same).as(name + " now reads as expected: remove its knownBug marker").isFalse();
      Assumptions.abort(name + ": " + knownBug);
    }
    assertThat(JSON.writeValueAsString(actual)).as(name).isEqualTo(JSON.writeValueAsString(wanted));
  }

  /** The compact expected form of a reading. */
  static ObjectNode summary(Reading r) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("edition", r.edition().code());
    out.put("year", r.year());
    out.put("agency", r.agency());
    out.put("sections", r.sections().stream().map(Section::id).toList());
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Status s : Status.values()) {
      counts.put(s.code(), (int) r.cells().stream().filter(c -> c.status() == s).count());
    }
    out.put("statusCounts", counts);
    Map<String, String> cells = new LinkedHashMap<>();
    for (Cell c : r.cells()) {
      String code = code(c);
      if (code != null) {
        cells.put(c.id().toString(), code);
      }
    }
    out.put("cells", cells);
    return JSON.valueToTree(out);
  }

  /**
   * The errors and warnings the checks raise, as {@code RULE severity: message}: the seeds' kinds of mistakes the
   * fixtures imitate must be found. Info findings (identities that could not be assessed) are left out.
   */
  static java.util.List<String> findings(Reading r) {
    return new io.gongkai.validate.Validator().check(r).stream()
        .filter(f -> f.severity() != io.gongkai.model.Severity.INFO)
        .map(f -> f.rule() + " " + f.severity().code() + ": " + f.messageEn())
        .toList();
  }

  /** {@code ok:17}, {@code blank}, {@code uncertain:[1,2]}; null for the cells left out (missing, ok 0). */
  private static String code(Cell c) {
    return switch (c.status()) {
      case OK -> c.value().equals("0") ? null : "ok:" + c.value();
      case BLANK -> "blank";
      case UNCERTAIN -> "uncertain:[" + String.join(",", c.candidates()) + "]";
      case MISSING -> null;
    };
  }
}
