package io.gongkai.testing;

import io.gongkai.schema.BlockSpec;
import io.gongkai.schema.CellSpec;
import io.gongkai.schema.ColumnSpec;
import io.gongkai.schema.Edition;
import io.gongkai.schema.EditionSpec;
import io.gongkai.schema.RowSpec;
import io.gongkai.schema.Template;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random valid reports: Table 3 satisfies H1, H2 and H3 and Table 4 satisfies H4, so that a reader solving cells
 * against the identities meets the case real reports mostly are. Numbers are mostly 0 with a few small non-zero
 * values and now and then a multi-digit one, as in real reports.
 */
public final class ReportGenerator {
  /** Which blank cells a report may print; a layout that cannot show an empty cell asks for marks or none. */
  public enum Blanks {
    NONE(List.of()),
    EMPTY(List.of("")),
    MARKS(List.of("/", "-", "—", "无")),
    ANY(SyntheticReport.BLANK_MARKS);

    final List<String> marks;

    Blanks(List<String> marks) {
      this.marks = marks;
    }
  }

  private static final List<String> PLACES = List.of("青禾", "云杉", "石泉", "白鹭", "松岭", "柳溪", "金沙", "雁栖",
      "芦湾", "橙园", "墨池", "竹屿");
  private static final List<String> ORGANS = List.of("镇人民政府", "街道办事处", "乡人民政府", "县水务局",
      "区市场监督管理局", "市档案馆", "县人民政府");

  private final Random random;

  public ReportGenerator(long seed) {
    this.random = new Random(seed);
  }

  /** A valid report of a random edition, with blank cells of the given kind in about one report of three. */
  public SyntheticReport next(Blanks blanks) {
    Edition edition = random.nextBoolean() ? Edition.E2019 : Edition.E2021;
    return next(edition, blanks);
  }

  /** A valid report of the given edition. */
  public SyntheticReport next(Edition edition, Blanks blanks) {
    int year = edition == Edition.E2019 ? 2019 + random.nextInt(2) : 2021 + random.nextInt(4);
    String agency = pick(PLACES) + pick(ORGANS);
    EditionSpec spec = Template.standard().edition(edition).orElseThrow();
    Map<String, String> printed = new LinkedHashMap<>();
    for (BlockSpec b : spec.table("t2").orElseThrow().blocks()) {
      for (RowSpec r : b.rows()) {
        for (ColumnSpec c : b.columns()) {
          printed.put("t2." + r.id() + "." + c.id(), table2Value(c));
        }
      }
    }
    table3(spec.table("t3").orElseThrow().blocks().get(0), printed);
    table4(spec.table("t4").orElseThrow().blocks().get(0), printed);
    SyntheticReport report = new SyntheticReport(edition, year, agency, printed);
    return blanks == Blanks.NONE || random.nextInt(3) != 0 ? report : blank(report, blanks);
  }

  /**
   * Table 3: per applicant column, outcome rows first, then （七） as their sum (H2), then 一 chosen so that
   * 一 + 二 = （七） + 四 (H1); the 总计 column sums the others (H3). Rows are told apart by position in the
   * template: 一, 二, the outcome rows, （七）, 四; the last column is 总计.
   */
  private void table3(BlockSpec block, Map<String, String> printed) {
    List<RowSpec> rows = block.rows();
    List<ColumnSpec> cols = block.columns();
    int n = rows.size();
    Map<String, Integer> v = new HashMap<>();
    for (ColumnSpec c : cols.subList(0, cols.size() - 1)) {
      int processed = 0;
      for (RowSpec r : rows.subList(2, n - 2)) {
        int x = small();
        v.put(r.id() + "." + c.id(), x);
        processed += x;
      }
      int forward = random.nextInt(6) == 0 ? small() : 0;
      int over = random.nextInt(5) == 0 ? random.nextInt(processed + forward + 1) : 0;
      v.put(rows.get(n - 2).id() + "." + c.id(), processed);
      v.put(rows.get(n - 1).id() + "." + c.id(), forward);
      v.put(rows.get(1).id() + "." + c.id(), over);
      v.put(rows.get(0).id() + "." + c.id(), processed + forward - over);
    }
    for (RowSpec r : rows) {
      int total = 0;
      for (ColumnSpec c : cols.subList(0, cols.size() - 1)) {
        int x = v.get(r.id() + "." + c.id());
        printed.put("t3." + r.id() + "." + c.id(), Integer.toString(x));
        total += x;
      }
      printed.put("t3." + r.id() + "." + cols.get(cols.size() - 1).id(), Integer.toString(total));
    }
  }

  /** Table 4: each group's 总计 (the last column) is the sum of its four results (H4). */
  private void table4(BlockSpec block, Map<String, String> printed) {
    List<ColumnSpec> cols = block.columns();
    for (RowSpec r : block.rows()) {
      int total = 0;
      for (ColumnSpec c : cols.subList(0, cols.size() - 1)) {
        int x = random.nextInt(3) == 0 ? small() : 0;
        printed.put("t4." + r.id() + "." + c.id(), Integer.toString(x));
        total += x;
      }
      printed.put("t4." + r.id() + "." + cols.get(cols.size() - 1).id(), Integer.toString(total));
    }
  }

  private String table2Value(ColumnSpec column) {
    return switch (column.type()) {
      case COUNT -> Integer.toString(random.nextInt(4) == 0 ? random.nextInt(5000) : small());
      case SIGNED -> {
        int x = random.nextInt(3) == 0 ? random.nextInt(41) - 20 : 0;
        yield x > 0 ? "+" + x : Integer.toString(x);
      }
      case WAN_YUAN -> money(column.label().contains("万元"));
    };
  }

  /**
   * An amount with the units real reports use: 万元 (spaced or not), 元, or a bare number where the header states
   * 万元 (2021); a bare non-zero amount under a header without unit (2019 采购总金额) has no certain reading.
   */
  private String money(boolean headerStatesUnit) {
    if (random.nextInt(4) == 0) {
      return "0";
    }
    BigDecimal wan = BigDecimal.valueOf(random.nextInt(3_000_000), random.nextInt(5)).stripTrailingZeros();
    String plain = (wan.scale() < 0 ? wan.setScale(0) : wan).toPlainString();
    return switch (random.nextInt(4)) {
      case 0 -> plain + "万元";
      case 1 -> plain + " 万元";
      case 2 -> wan.movePointRight(4).toPlainString() + "元";
      default -> headerStatesUnit ? plain : plain + "万元";
    };
  }

  /** Mostly 0, sometimes 1–9, occasionally two or three digits. */
  private int small() {
    int r = random.nextInt(100);
    if (r < 70) {
      return 0;
    }
    return r < 95 ? 1 + random.nextInt(9) : 10 + random.nextInt(990);
  }

  /** Prints some zero cells blank: a whole row (as seed reports do) or scattered cells. */
  private SyntheticReport blank(SyntheticReport report, Blanks blanks) {
    List<CellSpec> cells = report.cells();
    Map<String, String> changes = new HashMap<>();
    String mark = pick(blanks.marks);
    if (random.nextBoolean()) {
      CellSpec row = cells.get(random.nextInt(cells.size()));
      for (CellSpec c : cells) {
        boolean sameRow = c.id().table().equals(row.id().table()) && c.id().row().equals(row.id().row());
        if (sameRow && isZero(report, c)) {
          changes.put(c.id().toString(), mark);
        }
      }
    } else {
      for (CellSpec c : cells) {
        if (isZero(report, c) && random.nextInt(8) == 0) {
          changes.put(c.id().toString(), random.nextBoolean() ? mark : pick(blanks.marks));
        }
      }
    }
    return report.withPrinted(changes);
  }

  private static boolean isZero(SyntheticReport report, CellSpec c) {
    return "0".equals(report.printed().get(c.id().toString()));
  }

  private <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }
}
