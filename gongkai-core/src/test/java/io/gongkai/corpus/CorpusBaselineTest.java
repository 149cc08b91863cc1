package io.gongkai.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.gongkai.extract.Extractor;
import io.gongkai.model.Reading;
import io.gongkai.model.Report;
import io.gongkai.model.SourceInfo;
import io.gongkai.validate.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A ratchet over the real reports of {@code ../shared} (seeds and corpus text files): every cell read as certain in the
 * committed baseline must still be read the same, and every finding must still be raised. Improvements are printed;
 * to accept them run {@code mvn -pl gongkai-core test -Dtest=CorpusBaselineTest -Dgongkai.rebaseline=true} after
 * checking each new certain value against the document.
 */
class CorpusBaselineTest {
  private static final String RESOURCE = "/corpus-baseline.json";
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Test
  void noDocumentGetsWorse() throws IOException {
    Map<String, Baseline> now = new TreeMap<>();
    for (String doc : SharedFolder.textReports()) {
      now.put(doc, Baseline.of(read(doc)));
    }
    if (Boolean.getBoolean("gongkai.rebaseline")) {
      Path file = Path.of(System.getProperty("basedir", "."), "src/test/resources" + RESOURCE);
      Files.createDirectories(file.getParent());
      JSON.writeValue(file.toFile(), now);
      return;
    }
    Map<String, Baseline> before = committed();
    assertThat(now.keySet()).as("documents in the baseline").containsExactlyInAnyOrderElementsOf(before.keySet());
    assertThat(Baseline.regressions(now, before)).as("regressions against corpus-baseline.json").isEmpty();
  }

  private static Report read(String doc) {
    Reading r = new Extractor().read(SharedFolder.read(doc), new SourceInfo(doc, "", "text"));
    return new Report(r, new Validator().check(r));
  }

  private static Map<String, Baseline> committed() throws IOException {
    try (InputStream in = CorpusBaselineTest.class.getResourceAsStream(RESOURCE)) {
      assertThat(in).as("committed baseline " + RESOURCE).isNotNull();
      return JSON.readValue(in, new TypeReference<Map<String, Baseline>>() {});
    }
  }
}
