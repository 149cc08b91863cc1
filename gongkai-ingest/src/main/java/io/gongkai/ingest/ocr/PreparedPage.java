package io.gongkai.ingest.ocr;

import java.awt.geom.AffineTransform;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;

/**
 * A page ready for layout analysis: binarised and straightened. Boxes found on it are mapped back through the
 * straightening so that locations refer to the image as the user has it.
 *
 * @param bits ink of the straightened page
 * @param skewDegrees the skew that was removed
 * @param toOriginal from straightened to original pixel coordinates
 */
record PreparedPage(Bitmap bits, double skewDegrees, AffineTransform toOriginal) {
  static PreparedPage of(BufferedImage page) {
    BufferedImage grey = Binarizer.grey(page);
    Bitmap bits = Binarizer.binarise(grey);
    double skew = Deskew.angle(bits);
    AffineTransform straighten = Deskew.straightening(skew, grey.getWidth(), grey.getHeight());
    if (straighten.isIdentity()) {
      return new PreparedPage(bits, 0, straighten);
    }
    Bitmap straight = Binarizer.binarise(Deskew.apply(grey, straighten));
    try {
      return new PreparedPage(straight, skew, straighten.createInverse());
    } catch (NoninvertibleTransformException e) {
      throw new IllegalStateException("a rotation is always invertible", e);
    }
  }

  /** The rectangle's bounding box in original pixels, scaled by {@code unitsPerPixel}. */
  io.gongkai.model.Box box(int x0, int y0, int x1, int y1, double unitsPerPixel) {
    double minX = Double.MAX_VALUE;
    double minY = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE;
    double maxY = -Double.MAX_VALUE;
    for (int[] c : new int[][] {{x0, y0}, {x1, y0}, {x0, y1}, {x1, y1}}) {
      Point2D p = toOriginal.transform(new Point2D.Double(c[0], c[1]), null);
      minX = Math.min(minX, p.getX());
      minY = Math.min(minY, p.getY());
      maxX = Math.max(maxX, p.getX());
      maxY = Math.max(maxY, p.getY());
    }
    minX = Math.max(0, minX);
    minY = Math.max(0, minY);
    return new io.gongkai.model.Box(minX * unitsPerPixel, minY * unitsPerPixel,
        Math.max(0, maxX - minX) * unitsPerPixel, Math.max(0, maxY - minY) * unitsPerPixel);
  }
}
