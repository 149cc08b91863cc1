package io.gongkai.ingest.word;

import java.util.List;
import java.util.Random;

/**
 * Random merged cells for a table of texts, as a Word author makes them: a non-empty cell may widen over the empty
 * cells to its right (header labels) and then reach down over empty cells below (group labels such as
 * 三、本年度办理结果). Every merge is a rectangle whose other slots are empty, so the printed table reads the same.
 * Each slot records the top-left slot of the cell it belongs to.
 */
record MergePlan(int[][] width, int[][] height, int[][] ownerRow, int[][] ownerColumn) {

  static MergePlan of(List<List<String>> rows, Random random) {
    int n = rows.size();
    int m = rows.get(0).size();
    MergePlan plan = new MergePlan(new int[n][m], new int[n][m], new int[n][m], new int[n][m]);
    for (int[] row : plan.ownerRow) {
      java.util.Arrays.fill(row, -1);
    }
    for (int r = 0; r < n; r++) {
      for (int c = 0; c < m; c++) {
        if (plan.ownerRow[r][c] < 0) {
          plan.place(rows, r, c, random);
        }
      }
    }
    return plan;
  }

  private void place(List<List<String>> rows, int r, int c, Random random) {
    boolean merge = !rows.get(r).get(c).isEmpty() && random.nextInt(4) != 0;
    int w = 1;
    while (merge && c + w < rows.get(r).size() && free(rows, r, c + w)) {
      w++;
    }
    int h = 1;
    while (merge && r + h < rows.size() && freeRun(rows, r + h, c, w)) {
      h++;
    }
    width[r][c] = w;
    height[r][c] = h;
    for (int i = r; i < r + h; i++) {
      for (int j = c; j < c + w; j++) {
        ownerRow[i][j] = r;
        ownerColumn[i][j] = c;
      }
    }
  }

  private boolean free(List<List<String>> rows, int r, int c) {
    return ownerRow[r][c] < 0 && rows.get(r).get(c).isEmpty();
  }

  private boolean freeRun(List<List<String>> rows, int r, int c, int w) {
    for (int j = c; j < c + w; j++) {
      if (!free(rows, r, j)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the slot is covered by a merged cell starting above or to its left. */
  boolean covered(int r, int c) {
    return ownerRow[r][c] != r || ownerColumn[r][c] != c;
  }

  /** Whether the slot is an unmerged empty cell (which a writer may leave out at the ends of a row). */
  boolean single(List<List<String>> rows, int r, int c) {
    return !covered(r, c) && width[r][c] == 1 && height[r][c] == 1 && rows.get(r).get(c).isEmpty();
  }
}
