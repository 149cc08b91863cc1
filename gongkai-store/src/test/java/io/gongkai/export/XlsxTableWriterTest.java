package io.gongkai.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** A table longer than a sheet goes on in further sheets, each with its header; numbers too long for a double stay text. */
class XlsxTableWriterTest {
  private static final List<Column> COLUMNS = List.of(new Column("n", "序号", "", Column.Kind.INTEGER),
      new Column("value", "数值", "", Column.Kind.VALUE));

  @Test
  void aTableLongerThanASheetGoesOnInFurtherSheetsWithTheHeaderAgain() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (XlsxTableWriter w = new XlsxTableWriter(bytes, Header.ZH, "数据 data", 4)) {
      w.begin(COLUMNS);
      for (int i = 1; i <= 7; i++) {
        w.row(List.of(i, i == 7 ? "12345678901234567890" : "1.5"));
      }
    }
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(book.getNumberOfSheets()).isEqualTo(4);
      List<Double> seen = new ArrayList<>();
      for (int s = 0; s < 3; s++) {
        Sheet sheet = book.getSheetAt(s);
        assertThat(sheet.getSheetName()).isEqualTo(s == 0 ? "数据 data" : "数据 data " + (s + 1));
        assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("序号");
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
          seen.add(sheet.getRow(r).getCell(0).getNumericCellValue());
        }
      }
      assertThat(seen).containsExactly(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0);
      assertThat(book.getSheetAt(0).getRow(1).getCell(1).getNumericCellValue()).isEqualTo(1.5);
      assertThat(book.getSheetAt(2).getRow(1).getCell(1).getCellType()).isEqualTo(CellType.STRING);
      assertThat(book.getSheetAt(3).getSheetName()).isEqualTo("列 columns");
    }
  }
}
