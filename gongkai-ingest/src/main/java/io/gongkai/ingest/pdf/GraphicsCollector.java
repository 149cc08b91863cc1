package io.gongkai.ingest.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Walks a page's drawing operations for what the text stripper does not see: ruling lines (stroked segments and thin
 * filled rectangles), the area covered by images (a scan) and glyphs drawn that have no Unicode mapping.
 */
final class GraphicsCollector extends PDFGraphicsStreamEngine {
  /** Filled rectangles at most this thick are drawn lines. */
  private static final double THIN = 2.5;
  /** Strokes shorter than this are marks, not table borders. */
  private static final double SHORT = 2;

  private final double top;
  private final double left;
  /** The current path as subpaths of segments (x0, y0, x1, y1). */
  private final List<List<double[]>> path = new ArrayList<>();
  private final List<Ruling> rulings = new ArrayList<>();
  private final Point2D.Double current = new Point2D.Double();
  private final Point2D.Double subpathStart = new Point2D.Double();
  private double imageArea;
  private int glyphs;
  private int undecoded;

  GraphicsCollector(PDPage page) {
    super(page);
    PDRectangle crop = page.getCropBox();
    this.top = crop.getUpperRightY();
    this.left = crop.getLowerLeftX();
  }

  /** What was drawn on the page. */
  record Drawn(List<Ruling> rulings, double imageArea, int glyphs, int undecoded) {}

  Drawn collect() throws IOException {
    processPage(getPage());
    return new Drawn(Ruling.merge(rulings), imageArea, glyphs, undecoded);
  }

  @Override
  public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
    moveTo((float) p0.getX(), (float) p0.getY());
    lineTo((float) p1.getX(), (float) p1.getY());
    lineTo((float) p2.getX(), (float) p2.getY());
    lineTo((float) p3.getX(), (float) p3.getY());
    closePath();
  }

  @Override
  public void moveTo(float x, float y) {
    current.setLocation(x, y);
    subpathStart.setLocation(x, y);
    path.add(new ArrayList<>());
  }

  @Override
  public void lineTo(float x, float y) {
    if (path.isEmpty()) {
      path.add(new ArrayList<>());
    }
    path.get(path.size() - 1).add(new double[] {current.x, current.y, x, y});
    current.setLocation(x, y);
  }

  @Override
  public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
    // Curves are never table borders; the gap they leave in the path is harmless.
    current.setLocation(x3, y3);
  }

  @Override
  public void closePath() {
    if (current.x != subpathStart.x || current.y != subpathStart.y) {
      lineTo((float) subpathStart.x, (float) subpathStart.y);
    }
  }

  @Override
  public Point2D getCurrentPoint() {
    return (Point2D) current.clone();
  }

  @Override
  public void strokePath() {
    for (List<double[]> sub : path) {
      for (double[] s : sub) {
        addSegment(s[0], s[1], s[2], s[3]);
      }
    }
    path.clear();
  }

  @Override
  public void fillPath(int windingRule) {
    for (List<double[]> sub : path) {
      fillAsRuling(sub);
    }
    path.clear();
  }

  @Override
  public void fillAndStrokePath(int windingRule) {
    strokePath();
  }

  @Override
  public void endPath() {
    path.clear();
  }

  @Override
  public void clip(int windingRule) {
    // A clipping path is not drawn.
  }

  @Override
  public void drawImage(PDImage pdImage) {
    Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
    imageArea += Math.abs(ctm.getScalingFactorX() * ctm.getScalingFactorY());
  }

  @Override
  public void shadingFill(org.apache.pdfbox.cos.COSName shadingName) {
    // Shadings colour backgrounds; they are no borders.
  }

  @Override
  protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
      throws IOException {
    glyphs++;
    if (font.toUnicode(code) == null) {
      undecoded++;
    }
  }

  @Override
  protected void showType3Glyph(Matrix textRenderingMatrix, org.apache.pdfbox.pdmodel.font.PDType3Font font,
      int code, Vector displacement) throws IOException {
    // Not drawing the glyph's procedure keeps its strokes out of the rulings.
    showGlyph(textRenderingMatrix, font, code, displacement);
  }

  /** A filled subpath that makes a thin rectangle is a ruling; anything wider is a background. */
  private void fillAsRuling(List<double[]> sub) {
    if (sub.isEmpty() || sub.size() > 6) {
      return;
    }
    double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
    for (double[] s : sub) {
      minX = Math.min(minX, Math.min(s[0], s[2]));
      maxX = Math.max(maxX, Math.max(s[0], s[2]));
      minY = Math.min(minY, Math.min(s[1], s[3]));
      maxY = Math.max(maxY, Math.max(s[1], s[3]));
    }
    if (maxY - minY <= THIN && maxX - minX > SHORT) {
      addSegment(minX, (minY + maxY) / 2, maxX, (minY + maxY) / 2);
    } else if (maxX - minX <= THIN && maxY - minY > SHORT) {
      addSegment((minX + maxX) / 2, minY, (minX + maxX) / 2, maxY);
    }
  }

  /** Keeps axis-parallel segments, turned to top-left page coordinates. */
  private void addSegment(double x0, double y0, double x1, double y1) {
    double ax = x0 - left;
    double bx = x1 - left;
    double ay = top - y0;
    double by = top - y1;
    if (Math.abs(ay - by) < 0.5 && Math.abs(ax - bx) >= SHORT) {
      rulings.add(new Ruling(true, (ay + by) / 2, Math.min(ax, bx), Math.max(ax, bx)));
    } else if (Math.abs(ax - bx) < 0.5 && Math.abs(ay - by) >= SHORT) {
      rulings.add(new Ruling(false, (ax + bx) / 2, Math.min(ay, by), Math.max(ay, by)));
    }
  }
}
