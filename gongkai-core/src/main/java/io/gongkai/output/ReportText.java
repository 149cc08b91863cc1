package io.gongkai.output;

import io.gongkai.model.Cell;
import io.gongkai.model.Finding;
import io.gongkai.model.Reading;
import io.gongkai.model.Report;
import io.gongkai.schema.BlockSpec;
import io.gongkai.schema.CellId;
import io.gongkai.schema.ColumnSpec;
import io.gongkai.schema.EditionSpec;
import io.gongkai.schema.RowSpec;
import io.gongkai.schema.TableSpec;
import io.gongkai.schema.Template;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Renders a report for a terminal: what it is, the statistical tables of its edition laid out as the template prints
 * them (official labels, one mark per cell), then the findings. Tables, rows and columns come from the template
 * registry, so this class names none of them. Table 4's side-by-side groups are shown one per line, since fifteen
 * columns do not fit a terminal.
 *
 * <p>Cell marks: the value when read with certainty; {@code ·} blank; {@code ?} uncertain, followed by the candidate
 * values when known ({@code ?1/0}); {@code ✗} missing.
 */
public final class ReportText {
  /** Mark of a blank cell. */
  public static final String BLANK = "·";
  /** Mark of an uncertain cell, followed by its candidates. */
  public static final String UNCERTAIN = "?";
  /** Mark of a missing cell. */
  public static final String MISSING = "✗";

  private static final int LABEL_WIDTH = 44;

  private final Template template;
  private final Language lang;

  /** A renderer over the standard template, showing text in {@code lang}. */
  public ReportText(Language lang) {
    this(Template.standard(), lang);
  }

  /** A renderer over {@code template}. */
  public ReportText(Template template, Language lang) {
    this.template = Objects.requireNonNull(template, "template");
    this.lang = Objects.requireNonNull(lang, "lang");
  }

  /** The whole report as terminal text, ending in a newline. */
  public String render(Report report) {
    StringBuilder out = new StringBuilder();
    Reading r = report.reading();
    new ReportHeader(template, lang).renderTo(r, out);
    EditionSpec edition = template.edition(r.edition()).orElse(null);
    if (edition == null) {
      out.append('\n').append(lang.pick("本版本没有统计表。", "This edition has no statistical tables.")).append('\n');
    } else {
      Map<CellId, Cell> cells = byId(r.cells());
      for (TableSpec table : edition.tables()) {
        out.append('\n');
        table(table, cells, out);
      }
    }
    out.append('\n');
    findings("发现的问题", "Findings", report.findings(), out);
    return out.toString();
  }

  /** The mark of one cell as shown in a table. */
  public static String mark(Cell cell) {
    if (cell == null) {
      return MISSING;
    }
    return switch (cell.status()) {
      case OK -> cell.value();
      case BLANK -> BLANK;
      case UNCERTAIN -> UNCERTAIN + String.join("/", cell.candidates());
      case MISSING -> MISSING;
    };
  }

  private void table(TableSpec table, Map<CellId, Cell> cells, StringBuilder out) {
    out.append(table.heading()).append('\n');
    for (BlockSpec block : table.blocks()) {
      block.caption().ifPresent(c -> out.append("  ").append(c).append('\n'));
      List<String> header = new ArrayList<>();
      header.add("");
      block.columns().forEach(c -> header.add(c.label()));
      TextGrid grid = new TextGrid(header);
      for (Object line : RowLayout.lines(block)) {
        if (line instanceof RowSpec row) {
          grid.row(rowCells(table, row, block.columns(), cells));
        } else {
          grid.caption(TextWidth.truncate((String) line, LABEL_WIDTH));
        }
      }
      grid.renderTo(out, "  ");
    }
  }

  private static List<String> rowCells(TableSpec table, RowSpec row, List<ColumnSpec> columns,
      Map<CellId, Cell> cells) {
    List<String> line = new ArrayList<>();
    line.add(TextWidth.truncate(row.label(), LABEL_WIDTH));
    for (ColumnSpec col : columns) {
      line.add(mark(cells.get(new CellId(table.id(), row.id(), col.id()))));
    }
    return line;
  }

  /** A titled list of findings, one line per language each, as at the end of {@link #render}. */
  public void findings(String titleZh, String titleEn, List<Finding> findings, StringBuilder out) {
    out.append(lang.pick(titleZh, titleEn)).append(" (").append(findings.size()).append(")\n");
    if (findings.isEmpty()) {
      out.append("  ").append(lang.pick("无", "none")).append('\n');
    }
    for (Finding f : findings) {
      String head = "  [" + SeverityText.name(f.severity(), lang) + "] " + f.rule() + "  ";
      if (lang == Language.BOTH) {
        out.append(head).append(f.messageZh()).append('\n');
        out.append(" ".repeat(TextWidth.of(head))).append(f.messageEn()).append('\n');
      } else {
        out.append(head).append(lang == Language.ZH ? f.messageZh() : f.messageEn()).append('\n');
      }
    }
  }

  private static Map<CellId, Cell> byId(List<Cell> cells) {
    Map<CellId, Cell> map = new HashMap<>();
    for (Cell c : cells) {
      map.put(c.id(), c);
    }
    return map;
  }
}
