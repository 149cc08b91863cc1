package io.gongkai.ingest.html;

import io.gongkai.ingest.Block;
import io.gongkai.ingest.Grid;
import io.gongkai.ingest.GridCell;
import io.gongkai.ingest.Paragraph;
import io.gongkai.ingest.SourceDocument;
import io.gongkai.ingest.TextDocuments;
import io.gongkai.model.SourceInfo;
import java.nio.file.Files;
import java.nio.file.Path;

/** Prints what the HTML reader makes of the files given: a tool for looking at real pages, not a test. */
public final class HtmlDump {
  private HtmlDump() {}

  public static void main(String[] args) throws Exception {
    for (String a : args) {
      byte[] bytes = Files.readAllBytes(Path.of(a));
      SourceDocument doc = new HtmlReader().read(bytes,
          new SourceInfo(Path.of(a).getFileName().toString(), TextDocuments.sha256(bytes), "html"));
      System.out.println("=== " + a + ": " + doc.blocks().size() + " blocks");
      for (Block b : doc.blocks()) {
        if (b instanceof Paragraph p) {
          System.out.println("P| " + p.text().replace("\n", "⏎"));
        } else if (b instanceof Grid g) {
          System.out.println("GRID " + g.rows().size() + "x" + g.width());
          for (var row : g.rows()) {
            StringBuilder sb = new StringBuilder("  ");
            for (GridCell c : row) {
              sb.append(c.continuation() ? "·" : c.text().replace("\n", "⏎")).append(" | ");
            }
            System.out.println(sb);
          }
        }
      }
    }
  }
}
