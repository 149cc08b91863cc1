/**
 * Optical character recognition of scanned pages and images with Tesseract. A page is binarised, deskewed and searched
 * for ruling lines; tables are rebuilt from the lines as a lattice, and every cell is cropped and read on its own,
 * because Tesseract reads whole table pages badly. Readings Tesseract is not sure of keep their candidates, so that
 * the extractor marks them uncertain rather than trusting a wrong number.
 *
 * <p>{@link io.gongkai.ingest.ocr.ImageReader} reads PNG, JPEG and (multi-page) TIFF files; {@link
 * io.gongkai.ingest.ocr.ScanPageReader} reads one page image and is what the PDF reader calls for scanned pages.
 */
package io.gongkai.ingest.ocr;
