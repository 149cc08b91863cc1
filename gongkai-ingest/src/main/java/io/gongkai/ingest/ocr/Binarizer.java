package io.gongkai.ingest.ocr;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * Grey levels and ink. Otsu's global threshold suits scans of printed forms (dark ink on a fairly even background);
 * isolated specks left by scanner noise are then removed so they neither break the empty-cell test nor reach
 * Tesseract as stray punctuation.
 */
final class Binarizer {
  private Binarizer() {}

  /** The page as an 8-bit grey image (a copy, whatever the source's colour model). */
  static BufferedImage grey(BufferedImage page) {
    BufferedImage grey = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = grey.createGraphics();
    g.setColor(java.awt.Color.WHITE);
    g.fillRect(0, 0, page.getWidth(), page.getHeight());
    g.drawImage(page, 0, 0, null);
    g.dispose();
    return grey;
  }

  /** Ink where the grey level is at or below Otsu's threshold, specks removed. */
  static Bitmap binarise(BufferedImage grey) {
    byte[] px = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
    int threshold = otsu(px);
    Bitmap bits = new Bitmap(grey.getWidth(), grey.getHeight());
    for (int i = 0; i < px.length; i++) {
      bits.ink[i] = (byte) ((px[i] & 0xFF) <= threshold ? 1 : 0);
    }
    despeckle(bits);
    return bits;
  }

  static int otsu(byte[] px) {
    long[] hist = new long[256];
    for (byte p : px) {
      hist[p & 0xFF]++;
    }
    long total = px.length;
    double sumAll = 0;
    for (int i = 0; i < 256; i++) {
      sumAll += (double) i * hist[i];
    }
    double sumBack = 0;
    long back = 0;
    double best = -1;
    int threshold = 127;
    for (int t = 0; t < 256; t++) {
      back += hist[t];
      if (back == 0 || back == total) {
        continue;
      }
      sumBack += (double) t * hist[t];
      double meanBack = sumBack / back;
      double meanFore = (sumAll - sumBack) / (total - back);
      double between = (double) back * (total - back) * (meanBack - meanFore) * (meanBack - meanFore);
      if (between > best) {
        best = between;
        threshold = t;
      }
    }
    return threshold;
  }

  /** Clears ink pixels with at most one inked 8-neighbour: noise, never part of a stroke or a ruling line. */
  static void despeckle(Bitmap b) {
    byte[] out = b.ink.clone();
    for (int y = 0; y < b.height; y++) {
      for (int x = 0; x < b.width; x++) {
        int i = y * b.width + x;
        if (b.ink[i] != 0 && neighbours(b, x, y) <= 1) {
          out[i] = 0;
        }
      }
    }
    System.arraycopy(out, 0, b.ink, 0, out.length);
  }

  private static int neighbours(Bitmap b, int x, int y) {
    int n = 0;
    for (int dy = -1; dy <= 1; dy++) {
      for (int dx = -1; dx <= 1; dx++) {
        if ((dx != 0 || dy != 0) && b.at(x + dx, y + dy)) {
          n++;
        }
      }
    }
    return n;
  }
}
