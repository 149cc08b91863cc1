package io.gongkai.ingest.word;

import io.gongkai.testing.Layout;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Random;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Writes a synthetic report's parts as DOCX with POI XWPF the way Word authors do: texts split into several runs,
 * bookmarks around some paragraphs, header labels widened with {@code w:gridSpan}, group labels reaching down with
 * {@code w:vMerge}, and some rows written short ({@code w:gridBefore} or trailing empty cells left out).
 */
public final class DocxWriter {
  private static final int COLUMN_TWIPS = 600;

  private final Random random;
  private final boolean forConversion;

  /** A writer for reading back as DOCX: rows may also be cut short without {@code w:gridAfter}. */
  public DocxWriter(long seed) {
    this(seed, false);
  }

  /**
   * @param forConversion whether the file is for LibreOffice to convert, which stretches the last cell of a row
   *     cut short without {@code w:gridAfter} (Word leaves the row short), so such rows always say {@code gridAfter}
   */
  public DocxWriter(long seed, boolean forConversion) {
    this.random = new Random(seed);
    this.forConversion = forConversion;
  }

  /** The DOCX bytes and, per table in order, the merge plan used. */
  public record Written(byte[] bytes, List<MergePlan> plans) {}

  public Written write(List<Layout.Part> parts) {
    List<MergePlan> plans = new java.util.ArrayList<>();
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (Layout.Part part : parts) {
        if (part instanceof Layout.Text t) {
          paragraph(doc.createParagraph().getCTP(), t.text(), random.nextInt(8) == 0);
        } else {
          List<List<String>> rows = ((Layout.Table) part).rows();
          MergePlan plan = MergePlan.of(rows, random);
          plans.add(plan);
          table(doc, rows, plan);
        }
      }
      doc.write(out);
      return new Written(out.toByteArray(), plans);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code text} as one to three runs, optionally inside a bookmark. */
  private void paragraph(CTP p, String text, boolean bookmark) {
    if (bookmark) {
      p.addNewBookmarkStart().setName("_GoBack");
      p.getBookmarkStartArray(0).setId(BigInteger.ZERO);
    }
    int pieces = text.length() < 2 ? 1 : 1 + random.nextInt(3);
    int from = 0;
    for (int i = 1; i <= pieces; i++) {
      int to = i == pieces ? text.length() : from + random.nextInt(text.length() - from + 1);
      if (to > from || i == pieces) {
        var t = p.addNewR().addNewT();
        t.setStringValue(text.substring(from, to));
        // Without xml:space="preserve" Word and LibreOffice drop a run's leading or trailing space ("12.5 万元").
        t.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
      }
      from = to;
    }
    if (bookmark) {
      p.addNewBookmarkEnd().setId(BigInteger.ZERO);
    }
  }

  private void table(XWPFDocument doc, List<List<String>> rows, MergePlan plan) {
    XWPFTable table = doc.createTable();
    table.removeRow(0);
    CTTbl tbl = table.getCTTbl();
    int width = rows.get(0).size();
    CTTblGrid grid = tbl.getTblGrid() == null ? tbl.addNewTblGrid() : tbl.getTblGrid();
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    for (int c = 0; c < width; c++) {
      grid.addNewGridCol().setW(BigInteger.valueOf(COLUMN_TWIPS));
    }
    for (int r = 0; r < rows.size(); r++) {
      row(tbl.addNewTr(), rows, plan, r);
    }
  }

  private void row(CTRow tr, List<List<String>> rows, MergePlan plan, int r) {
    int width = rows.get(r).size();
    int before = 0;
    while (before < width - 1 && plan.single(rows, r, before)) {
      before++;
    }
    before = random.nextInt(3) == 0 ? before : 0;
    int end = width;
    while (end > before + 1 && plan.single(rows, r, end - 1)) {
      end--;
    }
    end = random.nextInt(3) == 0 ? end : width;
    if (before > 0) {
      tr.addNewTrPr().addNewGridBefore().setVal(BigInteger.valueOf(before));
    }
    if (end < width && (forConversion || random.nextBoolean())) {
      (tr.getTrPr() == null ? tr.addNewTrPr() : tr.getTrPr()).addNewGridAfter()
          .setVal(BigInteger.valueOf(width - end));
    }
    for (int c = before; c < end; c++) {
      if (plan.ownerColumn()[r][c] == c) {
        cell(tr.addNewTc(), rows, plan, r, c);
      }
    }
  }

  private void cell(CTTc tc, List<List<String>> rows, MergePlan plan, int r, int c) {
    int top = plan.ownerRow()[r][c];
    int span = plan.width()[top][c];
    CTTcPr pr = tc.addNewTcPr();
    pr.addNewTcW().setW(BigInteger.valueOf((long) COLUMN_TWIPS * span));
    pr.getTcW().setType(STTblWidth.DXA);
    if (span > 1) {
      pr.addNewGridSpan().setVal(BigInteger.valueOf(span));
    }
    if (top < r) {
      pr.addNewVMerge(); // no w:val: continues the merge above
      tc.addNewP();
    } else {
      if (plan.height()[r][c] > 1) {
        pr.addNewVMerge().setVal(STMerge.RESTART);
      }
      paragraph(tc.addNewP(), rows.get(r).get(c), false);
    }
  }
}
