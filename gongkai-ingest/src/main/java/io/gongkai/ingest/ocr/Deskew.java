package io.gongkai.ingest.ocr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/**
 * Straightens a page turned by a few degrees on the scanner. The angle is the one at which the ink's horizontal
 * projection is sharpest (text lines and ruling lines both line up then), searched over ±5° coarse to fine.
 */
final class Deskew {
  static final double MAX_DEGREES = 5;
  /** Below this a rotation would blur the page more than it straightens it (0.05° is 1 px over 1150 px). */
  private static final double NEGLIGIBLE_DEGREES = 0.05;

  private Deskew() {}

  /** The page's skew in degrees: positive when its lines run down to the right. */
  static double angle(Bitmap bits) {
    int[] xs;
    int[] ys;
    int step = Math.max(1, bits.width / 800);
    int n = 0;
    for (int y = 0; y < bits.height; y += step) {
      for (int x = 0; x < bits.width; x += step) {
        n += bits.ink[y * bits.width + x];
      }
    }
    xs = new int[n];
    ys = new int[n];
    int k = 0;
    for (int y = 0; y < bits.height; y += step) {
      for (int x = 0; x < bits.width; x += step) {
        if (bits.ink[y * bits.width + x] != 0) {
          xs[k] = x;
          ys[k++] = y;
        }
      }
    }
    // A coarse step of 0.1°: with 0.25° the search settled on a neighbour of the true angle for pages turned by less
    // than a degree, and a table straightened by the wrong half degree loses its vertical rules.
    double best = search(xs, ys, step, -MAX_DEGREES, MAX_DEGREES, 0.1);
    return search(xs, ys, step, best - 0.1, best + 0.1, 0.02);
  }

  private static double search(int[] xs, int[] ys, int sampling, double from, double to, double step) {
    double bestAngle = 0;
    double bestScore = -1;
    for (double a = from; a <= to + 1e-9; a += step) {
      double score = sharpness(xs, ys, sampling, a);
      if (score > bestScore) {
        bestScore = score;
        bestAngle = a;
      }
    }
    return bestAngle;
  }

  /**
   * Sum of squared row counts after turning the ink back by {@code degrees}: high when rows are full or empty. Rows
   * are as tall as the sampling step, or at 0° every other row would be empty and the score inflated.
   */
  private static double sharpness(int[] xs, int[] ys, int sampling, double degrees) {
    double t = Math.tan(Math.toRadians(degrees));
    int minRow = Integer.MAX_VALUE;
    int maxRow = Integer.MIN_VALUE;
    int[] row = new int[xs.length];
    for (int i = 0; i < xs.length; i++) {
      row[i] = (int) Math.round((ys[i] - xs[i] * t) / sampling);
      minRow = Math.min(minRow, row[i]);
      maxRow = Math.max(maxRow, row[i]);
    }
    long[] rows = new long[Math.max(1, maxRow - minRow + 1)];
    for (int r : row) {
      rows[r - minRow]++;
    }
    double s = 0;
    for (long r : rows) {
      s += (double) r * r;
    }
    return s;
  }

  /**
   * The transform that straightens a page skewed by {@code degrees}, about its centre; identity when negligible.
   */
  static AffineTransform straightening(double degrees, int width, int height) {
    if (Math.abs(degrees) < NEGLIGIBLE_DEGREES) {
      return new AffineTransform();
    }
    return AffineTransform.getRotateInstance(Math.toRadians(-degrees), width / 2.0, height / 2.0);
  }

  /** The grey page drawn through {@code transform}, white where nothing maps. */
  static BufferedImage apply(BufferedImage grey, AffineTransform transform) {
    if (transform.isIdentity()) {
      return grey;
    }
    BufferedImage out = new BufferedImage(grey.getWidth(), grey.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = out.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, out.getWidth(), out.getHeight());
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.drawImage(grey, transform, null);
    g.dispose();
    return out;
  }
}
