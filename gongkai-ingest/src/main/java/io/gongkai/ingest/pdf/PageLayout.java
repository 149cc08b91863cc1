package io.gongkai.ingest.pdf;

import io.gongkai.ingest.Paragraph;
import io.gongkai.ingest.Location;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** One text page as blocks: ruled tables first, then column-aligned tables, the remaining lines as paragraphs. */
final class PageLayout {
  private PageLayout() {}

  /** The page's blocks from top to bottom. */
  static List<PageItem> of(int page, List<Glyph> glyphs, List<Ruling> rulings) {
    List<PageTable> ruled = Lattice.find(page, rulings, glyphs);
    List<Glyph> rest = new ArrayList<>();
    for (Glyph g : glyphs) {
      if (ruled.stream().noneMatch(t -> t.holds(g))) {
        rest.add(g);
      }
    }
    List<PageItem> items = new ArrayList<>();
    ruled.forEach(t -> items.add(PageItem.of(t)));
    List<TextLine> lines = Lines.of(rest);
    Set<TextLine> taken = new HashSet<>();
    for (StreamTables.Found f : StreamTables.find(page, lines)) {
      items.add(PageItem.of(f.table()));
      taken.addAll(f.lines());
    }
    for (TextLine line : lines) {
      String text = line.text();
      if (!taken.contains(line) && !text.isEmpty()) {
        items.add(PageItem.of(new Paragraph(text, Location.of(page, line.box()))));
      }
    }
    items.sort(Comparator.comparingDouble((PageItem i) -> i.block().location().box().y())
        .thenComparingDouble(i -> i.block().location().box().x()));
    return items;
  }
}
