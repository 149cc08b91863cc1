package io.gongkai.ingest.html;

import io.gongkai.ingest.Block;
import io.gongkai.ingest.FormatReader;
import io.gongkai.ingest.SourceDocument;
import io.gongkai.model.SourceInfo;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads an HTML report — a full page from a government site, a page exported from Word, or a bare fragment — into
 * paragraphs and grids in reading order. The charset comes from a byte-order mark, then the page's {@code <meta>},
 * then detection. Site chrome is dropped and the element holding the report is kept; tables become grids with merged
 * cells expanded, the text of cells and paragraphs as printed. All locations are {@link
 * io.gongkai.ingest.Location#NONE}: HTML flows, it has no pages. Instances hold no state and may be shared.
 */
public final class HtmlReader implements FormatReader {
  @Override
  public SourceDocument read(byte[] bytes, SourceInfo source) {
    String html = HtmlCharset.decode(bytes, source.file());
    return new SourceDocument(source, blocks(html));
  }

  /** The blocks of an already decoded page. */
  static List<Block> blocks(String html) {
    Document doc = Jsoup.parse(html);
    Element body = doc.body();
    Landmarks landmarks = Chrome.strip(body);
    // From here on the page does not change, so what is learnt of a table holds for both stages.
    Layouts layouts = new Layouts();
    return BlockWalker.blocks(ArticleFinder.find(body, landmarks, layouts), layouts);
  }
}
