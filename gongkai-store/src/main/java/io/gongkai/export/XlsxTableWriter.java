package io.gongkai.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import javax.xml.namespace.QName;
import org.apache.xmlbeans.XmlCursor;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An XLSX workbook written with POI's streaming SXSSF, which keeps only a window of rows in memory and spills the rest
 * to a temporary file. The data sheet comes first (what {@code pandas.read_excel} reads by default); a second sheet
 * explains each column. A sheet holds at most 1,048,576 rows: a longer table goes on in further sheets, each with
 * the header again ({@code pandas.read_excel(f, sheet_name=None)} reads them all).
 */
public final class XlsxTableWriter implements TableWriter {
  /** Rows kept in memory before they are flushed to the temporary file. */
  private static final int WINDOW = 200;
  /** Digits a double keeps exactly; longer numbers are written as text rather than rounded. */
  private static final int DOUBLE_DIGITS = 15;

  private final OutputStream out;
  private final Header header;
  private final String sheetName;
  private final int maxRows;
  private final SXSSFWorkbook book = new SXSSFWorkbook(WINDOW);
  private final CellStyle bold;
  private List<Column> columns;
  private Sheet sheet;
  private int sheets;
  private int next;

  /**
   * A workbook on {@code out}; its data sheets are named {@code sheetName}, {@code sheetName 2}, … (at most 28
   * characters, none of {@code []:*?/\}).
   */
  public XlsxTableWriter(OutputStream out, Header header, String sheetName) {
    this(out, header, sheetName, SpreadsheetVersion.EXCEL2007.getMaxRows());
  }

  /** A workbook whose sheets hold at most {@code maxRows} rows, header included (tests use a few). */
  XlsxTableWriter(OutputStream out, Header header, String sheetName, int maxRows) {
    this.out = out;
    this.header = header;
    this.sheetName = sheetName;
    this.maxRows = maxRows;
    Font font = book.createFont();
    font.setBold(true);
    bold = book.createCellStyle();
    bold.setFont(font);
    nameTheDefaultStyle();
  }

  /**
   * Names the default cell style "Normal", as spreadsheet programs do: without it openpyxl, and so
   * {@code pandas.read_excel}, warns that the workbook has no default style. POI's reduced schema jar has no type for
   * the element, so it is added as plain XML; POI writes the rest of the style sheet around it in schema order.
   */
  private void nameTheDefaultStyle() {
    String ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    try (XmlCursor c = book.getXSSFWorkbook().getStylesSource().getCTStylesheet().newCursor()) {
      c.toEndToken();
      c.beginElement(new QName(ns, "cellStyles"));
      c.insertAttributeWithValue("count", "1");
      c.beginElement(new QName(ns, "cellStyle"));
      c.insertAttributeWithValue("name", "Normal");
      c.insertAttributeWithValue("xfId", "0");
      c.insertAttributeWithValue("builtinId", "0");
    }
  }

  @Override
  public void begin(List<Column> columns) {
    this.columns = List.copyOf(columns);
    newSheet();
  }

  private void newSheet() {
    sheets++;
    sheet = book.createSheet(sheets == 1 ? sheetName : sheetName + " " + sheets);
    Row row = sheet.createRow(0);
    for (int i = 0; i < columns.size(); i++) {
      Cell c = row.createCell(i);
      c.setCellValue(header.of(columns.get(i)));
      c.setCellStyle(bold);
    }
    sheet.createFreezePane(0, 1);
    next = 1;
  }

  @Override
  public void row(List<?> values) {
    if (next == maxRows) {
      newSheet();
    }
    Row row = sheet.createRow(next++);
    for (int i = 0; i < values.size(); i++) {
      Object v = values.get(i);
      if (v != null) {
        set(row.createCell(i), v, columns.get(i).kind());
      }
    }
  }

  private static void set(Cell cell, Object v, Column.Kind kind) {
    if (v instanceof Boolean b) {
      cell.setCellValue(b);
    } else if (v instanceof Number n) {
      cell.setCellValue(n.doubleValue());
    } else if (kind == Column.Kind.VALUE && fitsDouble(v.toString())) {
      cell.setCellValue(Double.parseDouble(v.toString()));
    } else {
      cell.setCellValue(v.toString());
    }
  }

  private static boolean fitsDouble(String text) {
    try {
      return new BigDecimal(text).precision() <= DOUBLE_DIGITS;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  @Override
  public void close() {
    try {
      if (columns != null) {
        explain();
      }
      book.write(out);
      out.flush();
      book.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      book.dispose();
    }
  }

  /** The sheet that says what each column holds. */
  private void explain() {
    Sheet s = book.createSheet("列 columns");
    String[] head = {"列 key", "中文 name", "说明 note"};
    Row top = s.createRow(0);
    for (int i = 0; i < head.length; i++) {
      Cell c = top.createCell(i);
      c.setCellValue(head[i]);
      c.setCellStyle(bold);
    }
    for (int i = 0; i < columns.size(); i++) {
      Column c = columns.get(i);
      Row r = s.createRow(i + 1);
      r.createCell(0).setCellValue(c.key());
      r.createCell(1).setCellValue(c.zh());
      r.createCell(2).setCellValue(c.note());
    }
  }
}
