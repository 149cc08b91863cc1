package io.gongkai.ingest.ocr;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How the fixtures print a {@code Layout.Table} with merged cells, since the layout gives only the texts: a label (a
 * non-empty cell without digits) spans the empty cells to its right, then the rows below whose slots under it are all
 * empty. This reproduces the official forms' merged headers (申请人情况 over seven columns, 三、本年度办理结果 down
 * the outcome rows).
 */
final class Merges {
  private static final Pattern DIGIT = Pattern.compile("[0-9]");

  private Merges() {}

  static List<TableGeometry.Span> infer(List<List<String>> rows) {
    int h = rows.size();
    int w = rows.get(0).size();
    boolean[][] taken = new boolean[h][w];
    List<TableGeometry.Span> spans = new ArrayList<>();
    for (int r = 0; r < h; r++) {
      for (int c = 0; c < w; c++) {
        if (taken[r][c]) {
          continue;
        }
        String text = rows.get(r).get(c);
        int cs = 1;
        int rs = 1;
        if (!text.isEmpty() && !DIGIT.matcher(text).find()) {
          while (c + cs < w && !taken[r][c + cs] && rows.get(r).get(c + cs).isEmpty()) {
            cs++;
          }
          while (r + rs < h && blank(rows.get(r + rs), c, cs, taken[r + rs])) {
            rs++;
          }
        }
        for (int rr = r; rr < r + rs; rr++) {
          for (int cc = c; cc < c + cs; cc++) {
            taken[rr][cc] = true;
          }
        }
        spans.add(new TableGeometry.Span(r, c, rs, cs));
      }
    }
    return spans;
  }

  private static boolean blank(List<String> row, int c, int cs, boolean[] taken) {
    for (int i = c; i < c + cs; i++) {
      if (!row.get(i).isEmpty() || taken[i]) {
        return false;
      }
    }
    return true;
  }
}
