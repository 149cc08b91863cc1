package io.gongkai.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Lays a {@link SourceDocument} out as text for the extractor, the one reader of every format: a paragraph per line,
 * and a table grid as one line per row with its slots separated by tabs — covered and empty slots included (an
 * all-empty row too), so that the fields of a grid line are exactly its columns. Every paragraph and cell is
 * remembered as a {@link TextPiece}, so a value found in the text can be traced back to its page and box.
 */
public final class Linearizer {
  private Linearizer() {}

  /** The document as text, with its pieces and grid lines. */
  public static TextDocument text(SourceDocument doc) {
    StringBuilder out = new StringBuilder();
    List<TextPiece> pieces = new ArrayList<>();
    Set<Integer> gridLines = new HashSet<>();
    int line = 0;
    for (Block block : doc.blocks()) {
      if (block instanceof Paragraph p) {
        String text = p.text().strip();
        if (text.isEmpty()) {
          continue;
        }
        pieces.add(new TextPiece(out.length(), out.length() + text.length(), p.location(), List.of()));
        out.append(text).append('\n');
        line += 1 + (int) text.chars().filter(c -> c == '\n').count();
      } else if (block instanceof Grid g) {
        for (List<GridCell> row : g.rows()) {
          for (int c = 0; c < row.size(); c++) {
            if (c > 0) {
              out.append('\t');
            }
            String cell = oneLine(row.get(c).text());
            pieces.add(new TextPiece(out.length(), out.length() + cell.length(), row.get(c).location(),
                row.get(c).candidates()));
            out.append(cell);
          }
          out.append('\n');
          gridLines.add(line++);
        }
      }
    }
    return new TextDocument(doc.source(), out.toString(), pieces, gridLines);
  }

  /** A cell's text on one line: its line breaks (a wrapped header) become spaces, tabs and pipes too. */
  private static String oneLine(String text) {
    return text.strip().replace('\n', ' ').replace('\r', ' ').replace('\t', ' ').replace('|', ' ');
  }
}
