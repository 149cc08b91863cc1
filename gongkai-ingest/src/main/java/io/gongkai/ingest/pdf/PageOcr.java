package io.gongkai.ingest.pdf;

import io.gongkai.ingest.Block;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Reads a page image whose text could not be taken from the PDF (a scan, or text in fonts without a Unicode map).
 * Implemented by the OCR package; {@link PdfReader} only renders the page and splices the blocks in.
 */
public interface PageOcr {
  /**
   * Reads one page.
   *
   * @param page the page rendered in grey at 300 dpi
   * @param pageNumber the 1-based page number, for the blocks' locations
   * @param pointsPerPixel PDF points per image pixel (72 / 300), so that boxes can be given in points
   * @return the page's paragraphs and grids in reading order, boxes in PDF points, top-left origin
   */
  List<Block> read(BufferedImage page, int pageNumber, double pointsPerPixel);
}
