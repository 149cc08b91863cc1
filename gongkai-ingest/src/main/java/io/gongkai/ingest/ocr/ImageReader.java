package io.gongkai.ingest.ocr;

import io.gongkai.UnreadableInputException;
import io.gongkai.ingest.Block;
import io.gongkai.ingest.FormatReader;
import io.gongkai.ingest.SourceDocument;
import io.gongkai.model.SourceInfo;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads scanned reports saved as images: PNG, JPEG, or TIFF (each frame of a multi-page TIFF is a page), through
 * {@link ScanPageReader}. Locations are page numbers and boxes in the image's pixels.
 */
public final class ImageReader implements FormatReader {
  private final Path tessdata;

  /** A reader using Tesseract's data from {@code $TESSDATA_PREFIX} or where Debian installs it. */
  public ImageReader() {
    this(null);
  }

  /** A reader using Tesseract's data from {@code tessdata}. */
  public ImageReader(Path tessdata) {
    this.tessdata = tessdata;
  }

  @Override
  public SourceDocument read(byte[] bytes, SourceInfo source) {
    List<BufferedImage> pages = pages(bytes, source.file());
    List<Block> blocks = new ArrayList<>();
    try (ScanPageReader reader = tessdata == null ? ScanPageReader.open(source.file())
        : ScanPageReader.open(source.file(), tessdata)) {
      for (int i = 0; i < pages.size(); i++) {
        blocks.addAll(reader.read(pages.get(i), i + 1, 1.0));
      }
    }
    return new SourceDocument(source, blocks);
  }

  /** Every frame of the image; Java 17's ImageIO reads PNG, JPEG and TIFF. */
  static List<BufferedImage> pages(byte[] bytes, String file) {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<javax.imageio.ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw new UnreadableInputException(file,
            "不是可识别的图像（PNG、JPEG、TIFF） not a PNG, JPEG or TIFF image");
      }
      javax.imageio.ImageReader reader = readers.next();
      try {
        reader.setInput(in, false, true);
        int n = reader.getNumImages(true);
        List<BufferedImage> pages = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
          pages.add(reader.read(i));
        }
        if (pages.isEmpty()) {
          throw new UnreadableInputException(file, "图像中没有页面 the image holds no pages");
        }
        return pages;
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof UnreadableInputException u) {
        throw u;
      }
      throw new UnreadableInputException(file, "图像已损坏 damaged image: " + e.getMessage(), e);
    }
  }
}
