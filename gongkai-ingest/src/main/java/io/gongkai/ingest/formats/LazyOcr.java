package io.gongkai.ingest.formats;

import io.gongkai.ingest.Block;
import io.gongkai.ingest.ocr.ScanPageReader;
import io.gongkai.ingest.pdf.PageOcr;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * OCR for the pages of one PDF that have no usable text, starting Tesseract only when such a page comes: most PDFs
 * have a text layer, and loading the Chinese model costs more than reading them. Without Tesseract, the first such
 * page fails with a message that names the packages to install.
 */
final class LazyOcr implements PageOcr, AutoCloseable {
  private final String file;
  private ScanPageReader reader;

  LazyOcr(String file) {
    this.file = file;
  }

  @Override
  public List<Block> read(BufferedImage page, int pageNumber, double pointsPerPixel) {
    if (reader == null) {
      reader = ScanPageReader.open(file);
    }
    return reader.read(page, pageNumber, pointsPerPixel);
  }

  @Override
  public void close() {
    if (reader != null) {
      reader.close();
    }
  }
}
