package io.gongkai.ingest.ocr;

/**
 * The ink of a table cell as it is handed to Tesseract: remains of the borders and far specks cleared, cropped to
 * what is left.
 */
final class CellInk {
  private CellInk() {}

  /**
   * The cell's ink, or null when it holds no more than noise.
   *
   * @param cell the inside of the cell; cleaned in place
   * @param borderDepth how deep remains of the borders may reach into it
   * @param speck the largest piece of ink, in pixels, that is noise when away from text
   */
  static Bitmap of(Bitmap cell, int borderDepth, int speck) {
    Ink.trimBorders(cell, borderDepth);
    if (Blobs.find(cell).stream().mapToInt(Blobs.Blob::area).sum() <= 2 * speck) {
      return null;
    }
    Blobs.clearSpecks(cell, speck, speck);
    int[] box = Ink.bounds(cell);
    return box == null ? null : cell.crop(box[0], box[1], box[2], box[3]);
  }
}
