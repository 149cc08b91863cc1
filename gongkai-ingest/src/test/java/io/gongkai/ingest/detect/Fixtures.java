package io.gongkai.ingest.detect;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Small documents of each format, made in memory with the libraries that read them. */
final class Fixtures {
  private Fixtures() {}

  static byte[] pdf() throws IOException {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
        s.beginText();
        s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        s.newLineAtOffset(72, 700);
        s.showText("Annual report 2023");
        s.endText();
      }
      doc.save(out);
      return out.toByteArray();
    }
  }

  static byte[] docx() throws IOException {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.createParagraph().createRun().setText("青禾县2023年政府信息公开工作年度报告");
      doc.createTable(2, 2).getRow(0).getCell(0).setText("信息内容");
      doc.write(out);
      return out.toByteArray();
    }
  }

  static byte[] xlsx() throws IOException {
    return workbook(new XSSFWorkbook());
  }

  static byte[] xls() throws IOException {
    return workbook(new HSSFWorkbook());
  }

  private static byte[] workbook(Workbook wb) throws IOException {
    try (wb; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      wb.createSheet("表").createRow(0).createCell(0).setCellValue("申请数量");
      wb.write(out);
      return out.toByteArray();
    }
  }

  static byte[] image(String type) throws IOException {
    BufferedImage img = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 40, 20);
    g.setColor(Color.BLACK);
    g.drawLine(0, 10, 40, 10);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (!ImageIO.write(img, type, out)) {
      throw new IllegalStateException("no ImageIO writer for " + type);
    }
    return out.toByteArray();
  }
}
