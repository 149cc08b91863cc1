package io.gongkai.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.extract.Extractor;
import io.gongkai.model.Cell;
import io.gongkai.model.Reading;
import io.gongkai.model.SourceInfo;
import io.gongkai.model.Status;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The 平潭 reports exist twice in the corpus: as crawled text with every table cell run together, and as the web page
 * with real table cells. Every cell the run-together text reads as certain must agree with the web page — the
 * strongest check we have that a value marked ok is right.
 */
class CorpusAgreementTest {
  private static final Pattern TAGS = Pattern.compile("<[^>]+>");

  @ParameterizedTest
  @CsvSource({
    "corpus/files/027_pingtan-zone-2019.txt, corpus/files/040_pingtan-zone-2019.html",
    "corpus/files/028_pingtan-zone-2020.txt, corpus/files/041_pingtan-zone-2020.html",
    "corpus/files/029_pingtan-zone-2021.txt, corpus/files/042_pingtan-zone-2021.html"
  })
  void runTogetherTextAgreesWithTheWebPage(String text, String html) {
    Reading runTogether = read(SharedFolder.read(text));
    Reading page = read(cellsOnTabs(SharedFolder.read(html)));
    assertThat(page.edition()).isEqualTo(runTogether.edition());
    int ok = 0;
    for (Cell c : runTogether.cells()) {
      if (c.status() == Status.OK) {
        ok++;
        Cell truth = page.cell(c.id().toString());
        assertThat(truth.status()).as("%s in the web page", c.id()).isEqualTo(Status.OK);
        assertThat(c.value()).as("%s read from run-together text", c.id()).isEqualTo(truth.value());
      }
    }
    assertThat(ok).as("certain cells recovered from the run-together text").isGreaterThan(150);
  }

  /** The page as text with one table cell per tab: the layout where every cell's place is printed. */
  private static String cellsOnTabs(String html) {
    String body = html.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", "")
        .replaceAll("(?i)</t[dh]>", "\t")
        .replaceAll("(?i)</tr>|<br\\s*/?>|</p>|</div>", "\n");
    return Parser.unescapeEntities(TAGS.matcher(body).replaceAll(""), false).replace('\u00A0', ' ');
  }

  private static Reading read(String text) {
    return new Extractor().read(text, new SourceInfo("test", "", "text"));
  }
}
