package io.gongkai.ingest.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.gongkai.app.ReportReader;
import io.gongkai.corpus.Baseline;
import io.gongkai.corpus.SharedFolder;
import io.gongkai.ingest.formats.Documents;
import io.gongkai.model.Report;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The ratchet of the core's corpus test, over the real reports published as PDF and HTML in {@code ../shared/corpus}:
 * every cell read as certain in the committed baseline must still be read the same, every finding still raised.
 * Improvements are printed; to accept them run {@code mvn -pl gongkai-ingest test -Dtest=FormatsCorpusBaselineTest
 * -Dgongkai.rebaseline=true} after checking each new certain value against the rendered pages.
 */
class FormatsCorpusBaselineTest {
  private static final String RESOURCE = "/formats-corpus-baseline.json";
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Test
  void noPublishedDocumentGetsWorse() throws IOException {
    ReportReader reader = new ReportReader(new Documents()::read);
    Map<String, Baseline> now = new TreeMap<>();
    long cells = 0;
    long ok = 0;
    for (String doc : SharedFolder.reports(".pdf", ".html")) {
      Report report = reader.read(SharedFolder.root().resolve(doc));
      Baseline b = Baseline.of(report);
      now.put(doc, b);
      cells += report.reading().cells().size();
      ok += b.counts().getOrDefault("ok", 0) + b.counts().getOrDefault("blank", 0);
    }
    System.out.printf("PDF and HTML corpus: %d of %d cells certain (%.1f%%)%n", ok, cells, 100.0 * ok / cells);
    if (Boolean.getBoolean("gongkai.rebaseline")) {
      Path file = Path.of(System.getProperty("basedir", "."), "src/test/resources" + RESOURCE);
      JSON.writeValue(file.toFile(), now);
      return;
    }
    Map<String, Baseline> before = committed();
    assertThat(now.keySet()).as("documents in the baseline").containsExactlyInAnyOrderElementsOf(before.keySet());
    assertThat(Baseline.regressions(now, before)).as("regressions against " + RESOURCE).isEmpty();
  }

  private static Map<String, Baseline> committed() throws IOException {
    try (InputStream in = FormatsCorpusBaselineTest.class.getResourceAsStream(RESOURCE)) {
      assertThat(in).as("committed baseline " + RESOURCE).isNotNull();
      return JSON.readValue(in, new TypeReference<Map<String, Baseline>>() {});
    }
  }
}
