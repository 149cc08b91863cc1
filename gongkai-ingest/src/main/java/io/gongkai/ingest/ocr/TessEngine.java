package io.gongkai.ingest.ocr;

import com.sun.jna.Pointer;
import io.gongkai.UnreadableInputException;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessPageIteratorLevel;
import net.sourceforge.tess4j.ITessAPI.TessResultIterator;
import net.sourceforge.tess4j.TessAPI;
import net.sourceforge.tess4j.util.LoadLibs;

/**
 * One initialised Tesseract, used through tess4j's C bindings. {@code net.sourceforge.tess4j.Tesseract} loads the
 * language model again for every image, which costs more than reading a table cell; this keeps it loaded. The
 * interface-mapped {@code TessAPI} is used, not the direct-mapped {@code TessAPI1}: the latter binds every function at
 * load time and fails on Debian 12's libtesseract 5.3, which lacks {@code TessPAGERendererCreate}. Not thread-safe:
 * one engine per thread.
 */
final class TessEngine implements AutoCloseable {
  /** Where Debian's tesseract-ocr 5 packages put the language data. */
  static final Path DEBIAN_TESSDATA = Path.of("/usr/share/tesseract-ocr/5/tessdata");
  static final String LANGUAGE = "chi_sim";
  /** The model for second opinions on numbers: trained on other text, so its mistakes are not the Chinese model's. */
  static final String DIGITS_LANGUAGE = "eng";

  private final TessAPI api;
  private final TessBaseAPI handle;
  private int dpi = 300;

  private TessEngine(TessAPI api, TessBaseAPI handle) {
    this.api = api;
    this.handle = handle;
  }

  /**
   * Starts Tesseract with the Chinese model from {@code tessdata}.
   *
   * @param file the input being read, named in the exception
   * @throws UnreadableInputException when Tesseract or its Chinese data is missing, saying what to install
   */
  static TessEngine open(String file, Path tessdata) {
    return open(file, tessdata, LANGUAGE);
  }

  static TessEngine open(String file, Path tessdata, String language) {
    Path model = tessdata.resolve(language + ".traineddata");
    if (!Files.isRegularFile(model)) {
      throw missing(file, "no " + model);
    }
    TessAPI api;
    TessBaseAPI handle;
    try {
      api = LoadLibs.getTessAPIInstance();
      handle = api.TessBaseAPICreate();
    } catch (UnsatisfiedLinkError | NoClassDefFoundError | ExceptionInInitializerError e) {
      throw missing(file, "the Tesseract library could not be loaded: " + e.getMessage());
    }
    if (api.TessBaseAPIInit3(handle, tessdata.toString(), language) != 0) {
      api.TessBaseAPIDelete(handle);
      throw missing(file, "Tesseract could not load " + model);
    }
    // Interword spaces between Chinese characters are an artefact; keeping them lets us drop them where we choose.
    api.TessBaseAPISetVariable(handle, "preserve_interword_spaces", "1");
    api.TessBaseAPISetVariable(handle, "debug_file", "/dev/null");
    return new TessEngine(api, handle);
  }

  static UnreadableInputException missing(String file, String detail) {
    return new UnreadableInputException(file, "扫描件需要文字识别，但未安装 Tesseract 或其中文语言数据；"
        + "请安装 Debian 软件包 tesseract-ocr tesseract-ocr-chi-sim tesseract-ocr-chi-tra。"
        + " This is a scan and needs OCR, but Tesseract or its Chinese language data is not installed (" + detail + "); install the Debian packages tesseract-ocr"
        + " tesseract-ocr-chi-sim tesseract-ocr-chi-tra");
  }

  /** The resolution of the images to come, which Tesseract uses to judge character sizes. */
  void resolution(int dpi) {
    this.dpi = Math.max(70, Math.min(1200, dpi));
  }

  /**
   * Reads a grey image.
   *
   * @param psm Tesseract's page segmentation mode: 7 for one line, 6 for a block of lines
   * @param whitelist the only characters allowed, or empty for all
   */
  Reading read(BufferedImage grey, int psm, String whitelist) {
    return read(grey, psm, whitelist, 1);
  }

  /** As {@link #read(BufferedImage, int, String)}, for an image enlarged {@code scale} times. */
  Reading read(BufferedImage grey, int psm, String whitelist, int scale) {
    int w = grey.getWidth();
    int h = grey.getHeight();
    byte[] data = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
    ByteBuffer buf = ByteBuffer.allocateDirect(data.length);
    buf.put(data).flip();
    api.TessBaseAPISetPageSegMode(handle, psm);
    api.TessBaseAPISetVariable(handle, "tessedit_char_whitelist", whitelist);
    api.TessBaseAPISetImage(handle, buf, w, h, 1, w);
    api.TessBaseAPISetSourceResolution(handle, dpi * scale);
    try {
      Pointer text = api.TessBaseAPIGetUTF8Text(handle);
      if (text == null) {
        return Reading.NOTHING;
      }
      String s = text.getString(0, StandardCharsets.UTF_8.name()).strip();
      api.TessDeleteText(text);
      return s.isEmpty() ? Reading.NOTHING : confidences(s);
    } finally {
      api.TessBaseAPIClear(handle);
    }
  }

  private Reading confidences(String text) {
    TessResultIterator it = api.TessBaseAPIGetIterator(handle);
    if (it == null) {
      return new Reading(text, 0, 0);
    }
    float min = 100;
    double sum = 0;
    int n = 0;
    int level = TessPageIteratorLevel.RIL_SYMBOL;
    try {
      do {
        Pointer symbol = api.TessResultIteratorGetUTF8Text(it, level);
        if (symbol != null) {
          api.TessDeleteText(symbol);
          float c = api.TessResultIteratorConfidence(it, level);
          min = Math.min(min, c);
          sum += c;
          n++;
        }
      } while (api.TessResultIteratorNext(it, level) == 1);
    } finally {
      api.TessResultIteratorDelete(it);
    }
    return n == 0 ? new Reading(text, 0, 0) : new Reading(text, min, (float) (sum / n));
  }

  @Override
  public void close() {
    api.TessBaseAPIEnd(handle);
    api.TessBaseAPIDelete(handle);
  }
}
