package io.gongkai.testing;

import com.hankcs.hanlp.HanLP;
import io.gongkai.testing.ReportGenerator.Blanks;
import io.gongkai.testing.TableGrid.Kind;
import io.gongkai.testing.TableGrid.Line;
import io.gongkai.testing.TableGrid.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The text layouts real reports reach us in (the seeds and the corpus), each rendering a {@link SyntheticReport}.
 * {@link #blanks()} says which blank cells a layout can show; {@link #determinesCells()} whether its text fixes
 * every cell's position, so that a reader must get every cell back exactly.
 */
public enum Renderer {
  /** Seed 000: every cell on its own line followed by a blank line; long header cells wrapped. */
  ONE_CELL_PER_LINE_BLANK_LINES(Blanks.MARKS, true,
      t -> String.join("\n\n", indent(Rows.flat(t, Renderer::wrapHeader)))) {
    @Override
    String document(List<String> paragraphs) {
      return String.join("\n\n", indent(paragraphs));
    }
  },
  /** Seed 002: tab-separated rows, Table 3's group labels in the leading columns. */
  TAB_SEPARATED(Blanks.ANY, true, t -> tabbed(Rows.grid(t, Rows::halfWidthSpaced))),
  /** Markdown pipe tables with a {@code |---|} line under the first row of each table. */
  MARKDOWN_TABLE(Blanks.ANY, true, Renderer::markdown),
  /** Seed 003: pipe rows whose empty cells were dropped, padding pipes appended; only for reports with blanks. */
  PIPE_DROPPED_BLANKS(Blanks.EMPTY, false, Renderer::droppedPipes) {
    @Override
    String document(List<String> paragraphs) {
      return String.join("\n", paragraphs);
    }
  },
  /** The corpus' web-page text: every table cell run together with no separator at all. */
  RUN_TOGETHER(Blanks.EMPTY, false, t -> String.join("", Rows.flat(t, UnaryOperator.identity()))) {
    @Override
    String document(List<String> p) {
      return p.get(0) + "\n\u3000\u3000" + String.join("\u3000\u3000", p.subList(1, p.size())) + "\n";
    }
  },
  /** Seed 004: tab rows, but some row labels on one line and their values on the next. */
  ROW_BROKEN(Blanks.ANY, true, Renderer::rowBroken),
  /** PDF-derived text: Table 4's header one character per line; tables 2 and 3 tab-separated. */
  HEADER_ONE_CHAR_PER_LINE(Blanks.MARKS, true,
      t -> t.id().equals("t4") ? verticalHeader(t) : tabbed(Rows.grid(t, UnaryOperator.identity()))),
  /** Seed 003's script: the tab layout in traditional characters. */
  TRADITIONAL(Blanks.ANY, true, t -> TAB_SEPARATED.table(t)) {
    @Override
    String finish(String text) {
      return HanLP.convertToTraditionalChinese(text);
    }
  },
  /** Seed 001's characters: full-width digits, brackets and signs, cells padded with U+3000. */
  FULL_WIDTH(Blanks.ANY, true, t -> tabbed(Rows.grid(t, UnaryOperator.identity()).stream()
      .map(row -> row.stream().map(c -> c.isEmpty() ? c : "\u3000" + c).toList()).toList())) {
    @Override
    String finish(String text) {
      return fullWidth(text);
    }
  };

  private final Blanks blanks;
  private final boolean determinesCells;
  private final Function<Table, String> table;

  Renderer(Blanks blanks, boolean determinesCells, Function<Table, String> table) {
    this.blanks = blanks;
    this.determinesCells = determinesCells;
    this.table = table;
  }

  /** The report as text in this layout. */
  public String render(SyntheticReport report) {
    return finish(document(Prose.paragraphs(report, this::table)));
  }

  /** One table's text in this layout. */
  String table(Table t) {
    return table.apply(t);
  }

  /** Joins the title, narrative and table paragraphs; most layouts leave a blank line between them. */
  String document(List<String> paragraphs) {
    return String.join("\n\n", paragraphs);
  }

  /** A last pass over the whole text (script or character width). */
  String finish(String text) {
    return text;
  }

  /** The blank cells this layout can print. */
  public Blanks blanks() {
    return blanks;
  }

  /** Whether the text fixes every cell's place, so a reader can get all of them back. */
  public boolean determinesCells() {
    return determinesCells;
  }

  /** Whether the layout only makes sense for a report with blank cells (it is about dropping them). */
  public boolean needsBlanks() {
    return this == PIPE_DROPPED_BLANKS;
  }

  private static List<String> indent(List<String> lines) {
    return lines.stream().map(l -> l.lines().map(x -> "    " + x).collect(Collectors.joining("\n"))).toList();
  }

  /** Seed 000 wraps the 本年… header cells after three characters ({@code 本年新\n制作数量}). */
  private static String wrapHeader(String cell) {
    return cell.startsWith("本年") && cell.length() > 5 ? cell.substring(0, 3) + "\n" + cell.substring(3) : cell;
  }

  private static String tabbed(List<List<String>> rows) {
    return rows.stream().map(r -> String.join("\t", r)).collect(Collectors.joining("\n"));
  }

  private static String markdown(Table t) {
    List<String> out = new ArrayList<>();
    List<List<String>> block = new ArrayList<>();
    for (List<String> row : Rows.grid(t, UnaryOperator.identity())) {
      // Table 2's blocks become separate Markdown tables, each opening with its caption row.
      if (row.size() == 1 && !block.isEmpty()) {
        out.add(markdownTable(block));
        block.clear();
      }
      block.add(row);
    }
    out.add(markdownTable(block));
    return String.join("\n\n", out);
  }

  private static String markdownTable(List<List<String>> rows) {
    List<List<String>> p = Rows.padded(rows);
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < p.size(); i++) {
      lines.add("| " + String.join(" | ", p.get(i)) + " |");
      if (i == 0) {
        lines.add("|" + "---|".repeat(p.get(i).size()));
      }
    }
    return String.join("\n", lines);
  }

  /** Seed 003: non-empty cells joined by {@code " | "}, then the dropped ones as bare pipes. */
  private static String droppedPipes(Table t) {
    List<List<String>> grid = Rows.grid(t, UnaryOperator.identity());
    int width = grid.stream().mapToInt(List::size).max().orElse(0);
    List<String> out = new ArrayList<>();
    for (List<String> row : grid) {
      List<String> kept = row.stream().filter(c -> !c.isEmpty()).toList();
      out.add(String.join(" | ", kept) + " | " + "|".repeat(Math.max(0, width - kept.size() - 1)));
    }
    return String.join("\n", out);
  }

  /** Seed 004: group-opening rows and every third row of Table 3 print their values on the next line. */
  private static String rowBroken(Table t) {
    List<String> out = new ArrayList<>();
    int n = 0;
    for (Line l : t.lines()) {
      List<String> lead = l.kind() == Kind.DATA ? Rows.lead(l, Rows::halfWidthSpaced) : l.cells();
      boolean broken = t.id().equals("t3") && l.kind() == Kind.DATA && (!l.groups().isEmpty() || n++ % 3 == 0);
      if (broken) {
        out.add(String.join("\t", lead) + "\t".repeat(l.values().size()));
        out.add("\t" + String.join("\t", l.values()));
        out.add("");
      } else {
        List<String> row = new ArrayList<>(lead);
        row.addAll(l.values());
        out.add(String.join("\t", row));
      }
    }
    return String.join("\n", out);
  }

  /** Table 4 as a PDF converter gives it: each header cell one character per line, then the values row. */
  private static String verticalHeader(Table t) {
    List<String> out = new ArrayList<>();
    for (Line l : t.lines()) {
      if (l.kind() == Kind.HEADER) {
        l.cells().stream().filter(c -> !c.isEmpty()).forEach(c -> c.chars()
            .forEach(ch -> out.add(String.valueOf((char) ch))));
      } else {
        out.add(String.join(" ", l.values()));
      }
    }
    return String.join("\n", out);
  }

  /** ASCII digits, brackets, signs, dots and spaces to their full-width forms. */
  static String fullWidth(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      boolean wide = (c >= '0' && c <= '9') || "()+-.:".indexOf(c) >= 0;
      b.append(c == ' ' ? '\u3000' : wide ? (char) (c - 0x21 + 0xFF01) : c);
    }
    return b.toString();
  }
}
