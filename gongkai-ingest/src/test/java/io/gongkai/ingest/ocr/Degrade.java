package io.gongkai.ingest.ocr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;

/** What a cheap scanner and a web upload do to a page: a small turn, grain, specks and JPEG artefacts. */
final class Degrade {
  private Degrade() {}

  static BufferedImage rotate(BufferedImage page, double degrees) {
    BufferedImage out = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = out.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, out.getWidth(), out.getHeight());
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.rotate(Math.toRadians(degrees), page.getWidth() / 2.0, page.getHeight() / 2.0);
    g.drawImage(page, 0, 0, null);
    g.dispose();
    return out;
  }

  /** Gaussian grain of {@code sigma} grey levels plus salt and pepper on a share {@code specks} of the pixels. */
  static BufferedImage noise(BufferedImage page, double sigma, double specks, long seed) {
    Random random = new Random(seed);
    BufferedImage out = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
    var in = page.getRaster();
    var raster = out.getRaster();
    for (int y = 0; y < page.getHeight(); y++) {
      for (int x = 0; x < page.getWidth(); x++) {
        double v = in.getSample(x, y, 0) + random.nextGaussian() * sigma;
        double s = random.nextDouble();
        if (s < specks / 2) {
          v = 0;
        } else if (s < specks) {
          v = 255;
        }
        raster.setSample(x, y, 0, (int) Math.max(0, Math.min(255, Math.round(v))));
      }
    }
    return out;
  }

  static byte[] jpeg(BufferedImage page, float quality) {
    try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        var stream = ImageIO.createImageOutputStream(bytes)) {
      ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(quality);
      writer.setOutput(stream);
      writer.write(null, new IIOImage(page, null, null), param);
      writer.dispose();
      stream.flush();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static BufferedImage decode(byte[] bytes) {
    try {
      return ImageIO.read(new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** All of it, as a scanned and re-encoded page would be. */
  static BufferedImage scanned(BufferedImage page, double degrees, long seed) {
    return decode(jpeg(noise(rotate(page, degrees), 18, 0.004, seed), 0.6f));
  }
}
