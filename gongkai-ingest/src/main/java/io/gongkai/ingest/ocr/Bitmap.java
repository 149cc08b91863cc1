package io.gongkai.ingest.ocr;

import java.awt.image.BufferedImage;

/**
 * A binarised page: one byte per pixel, 1 for ink. Mutable and package-private because the image stages clean it in
 * place; pages are large, so copies are made only when a stage needs the original too.
 */
final class Bitmap {
  final int width;
  final int height;
  final byte[] ink;

  Bitmap(int width, int height) {
    this(width, height, new byte[width * height]);
  }

  Bitmap(int width, int height, byte[] ink) {
    this.width = width;
    this.height = height;
    this.ink = ink;
  }

  boolean at(int x, int y) {
    return x >= 0 && y >= 0 && x < width && y < height && ink[y * width + x] != 0;
  }

  void set(int x, int y, boolean on) {
    ink[y * width + x] = (byte) (on ? 1 : 0);
  }

  /** Number of ink pixels in the rectangle, clipped to the page. */
  int count(int x0, int y0, int x1, int y1) {
    int n = 0;
    for (int y = Math.max(0, y0); y < Math.min(height, y1); y++) {
      int row = y * width;
      for (int x = Math.max(0, x0); x < Math.min(width, x1); x++) {
        n += ink[row + x];
      }
    }
    return n;
  }

  /** The rectangle [x0, x1) × [y0, y1) as a new bitmap, clipped to the page. */
  Bitmap crop(int x0, int y0, int x1, int y1) {
    x0 = Math.max(0, x0);
    y0 = Math.max(0, y0);
    x1 = Math.min(width, x1);
    y1 = Math.min(height, y1);
    Bitmap out = new Bitmap(Math.max(0, x1 - x0), Math.max(0, y1 - y0));
    for (int y = 0; y < out.height; y++) {
      System.arraycopy(ink, (y0 + y) * width + x0, out.ink, y * out.width, out.width);
    }
    return out;
  }

  /** This bitmap enlarged {@code factor} times, each pixel a square. */
  Bitmap scaled(int factor) {
    if (factor == 1) {
      return this;
    }
    Bitmap out = new Bitmap(width * factor, height * factor);
    for (int y = 0; y < out.height; y++) {
      for (int x = 0; x < out.width; x++) {
        out.ink[y * out.width + x] = ink[(y / factor) * width + x / factor];
      }
    }
    return out;
  }

  /** Black ink on white with a white border, as Tesseract reads best. */
  BufferedImage toImage(int border) {
    BufferedImage img = new BufferedImage(width + 2 * border, height + 2 * border, BufferedImage.TYPE_BYTE_GRAY);
    byte[] data = ((java.awt.image.DataBufferByte) img.getRaster().getDataBuffer()).getData();
    java.util.Arrays.fill(data, (byte) 255);
    int stride = width + 2 * border;
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        if (ink[y * width + x] != 0) {
          data[(y + border) * stride + x + border] = 0;
        }
      }
    }
    return img;
  }
}
