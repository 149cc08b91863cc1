package io.gongkai.ingest.html;

import io.gongkai.testing.Layout;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a synthetic report's parts as HTML the way sites and Word do, and says what a reader must get back: the same
 * paragraphs and cell texts, with a {@code <br>} put into some header labels turning into a line break.
 */
public final class SyntheticHtml {
  /** How the page is written. */
  public enum Style { PLAIN, WORD, CHROME, DIV_LINES }

  /** The page and, per part, the text or rows expected back. */
  public record Page(String html, List<Object> expected) {}

  private final Random random;
  private final Style style;

  public SyntheticHtml(long seed, Style style) {
    this.random = new Random(seed);
    this.style = style;
  }

  public Page render(List<Layout.Part> parts) {
    StringBuilder body = new StringBuilder();
    List<Object> expected = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    for (Layout.Part part : parts) {
      if (part instanceof Layout.Text t) {
        expected.add(t.text());
        lines.add(t.text());
      } else if (part instanceof Layout.Table table) {
        body.append(paragraphs(lines));
        lines.clear();
        List<List<String>> rows = copy(table.rows());
        body.append(table(rows));
        expected.add(rows);
      }
    }
    body.append(paragraphs(lines));
    String html = style == Style.CHROME ? ChromePage.wrap(body.toString()) : page(body.toString());
    return new Page(html, expected);
  }

  private String page(String body) {
    String head = style == Style.WORD
        ? "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head><meta charset=\"utf-8\">"
            + "<style>p.MsoNormal{mso-style-parent:\"\";}</style></head>"
        : "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>报告</title></head>";
    return head + "<body>\n" + body + "</body></html>";
  }

  private String paragraphs(List<String> texts) {
    if (texts.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    if (style == Style.DIV_LINES) {
      out.append("<div>");
      for (int i = 0; i < texts.size(); i++) {
        out.append(i > 0 ? "<br>\n" : "").append(escape(texts.get(i)));
      }
      return out.append("</div>\n").toString();
    }
    for (String t : texts) {
      out.append(style == Style.WORD ? WordText.paragraph(t, random) : "<p>" + escape(t) + "</p>\n");
    }
    return out.toString();
  }

  private String table(List<List<String>> rows) {
    int height = rows.size();
    int width = rows.get(0).size();
    boolean[][] used = new boolean[height][width];
    StringBuilder out = new StringBuilder("<table border=\"1\" cellspacing=\"0\">\n<tbody>\n");
    for (int r = 0; r < height; r++) {
      out.append("<tr>");
      for (int c = 0; c < width; c++) {
        if (!used[r][c]) {
          out.append(cell(rows, used, r, c));
        }
      }
      out.append("</tr>\n");
    }
    return out.append("</tbody></table>\n").toString();
  }

  /** One cell, spanning the empty cells to its right and then below when the dice say so. */
  private String cell(List<List<String>> rows, boolean[][] used, int r, int c) {
    String text = rows.get(r).get(c);
    int colspan = 1;
    int rowspan = 1;
    if (!text.isEmpty() && random.nextInt(3) > 0) {
      while (c + colspan < used[r].length && !used[r][c + colspan] && rows.get(r).get(c + colspan).isEmpty()) {
        colspan++;
      }
      while (r + rowspan < used.length && emptyBelow(rows, used, r + rowspan, c, colspan)) {
        rowspan++;
      }
    }
    for (int i = 0; i < rowspan; i++) {
      for (int j = 0; j < colspan; j++) {
        used[r + i][c + j] = true;
      }
    }
    String shown = text;
    if (isLabel(text) && random.nextInt(4) == 0) {
      int cut = 1 + random.nextInt(text.length() - 1);
      shown = text.substring(0, cut) + "\n" + text.substring(cut);
      rows.get(r).set(c, shown);
    }
    String attrs = (colspan > 1 ? " colspan=\"" + colspan + "\"" : "") + (rowspan > 1 ? " rowspan=\"" + rowspan + "\"" : "");
    String content = style == Style.WORD ? WordText.cell(shown, random) : cellText(shown);
    return "<td" + attrs + ">" + content + "</td>";
  }

  private String cellText(String text) {
    if (text.isEmpty()) {
      return random.nextBoolean() ? "&nbsp;" : random.nextBoolean() ? "\u3000" : "";
    }
    return escape(text).replace("\n", "<br>");
  }

  private static boolean emptyBelow(List<List<String>> rows, boolean[][] used, int r, int c, int colspan) {
    for (int j = 0; j < colspan; j++) {
      if (used[r][c + j] || !rows.get(r).get(c + j).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  private static boolean isLabel(String text) {
    return text.length() >= 4 && text.chars().noneMatch(ch -> ch == ' ' || Character.isDigit(ch));
  }

  private static List<List<String>> copy(List<List<String>> rows) {
    List<List<String>> out = new ArrayList<>();
    for (List<String> row : rows) {
      out.add(new ArrayList<>(row));
    }
    return out;
  }

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
