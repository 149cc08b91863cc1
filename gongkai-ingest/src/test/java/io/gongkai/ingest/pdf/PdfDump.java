package io.gongkai.ingest.pdf;

import io.gongkai.ingest.Block;
import io.gongkai.ingest.Grid;
import io.gongkai.ingest.GridCell;
import io.gongkai.ingest.Paragraph;
import io.gongkai.ingest.SourceDocument;
import io.gongkai.model.SourceInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Prints what {@link PdfReader} makes of PDFs given as arguments, for looking at real documents by eye. */
public final class PdfDump {
  private PdfDump() {}

  public static void main(String[] args) throws Exception {
    for (String arg : args) {
      Path path = Path.of(arg);
      SourceDocument doc = new PdfReader().read(Files.readAllBytes(path),
          new SourceInfo(path.getFileName().toString(), "-", "pdf"));
      System.out.println(render(doc.blocks()));
    }
  }

  /** One line per paragraph; a grid as rows of cells separated by " | ", covered slots as "^". */
  static String render(List<Block> blocks) {
    StringBuilder out = new StringBuilder();
    int grids = 0;
    int cells = 0;
    for (Block b : blocks) {
      if (b instanceof Paragraph p) {
        out.append("P").append(p.location().page()).append(' ').append(p.text()).append('\n');
      } else if (b instanceof Grid g) {
        grids++;
        out.append("GRID p").append(g.location().page()).append(' ').append(g.rows().size()).append('x')
            .append(g.width()).append(' ').append(g.location().box()).append('\n');
        for (List<GridCell> row : g.rows()) {
          cells += row.stream().filter(c -> !c.continuation()).count();
          out.append("  ").append(row.stream().map(c -> c.continuation() ? "^" : c.text().replace("\n", "⏎"))
              .collect(Collectors.joining(" | "))).append('\n');
        }
      }
    }
    return out.append("grids=").append(grids).append(" cells=").append(cells).append('\n').toString();
  }
}
