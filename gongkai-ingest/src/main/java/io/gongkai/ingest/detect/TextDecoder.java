package io.gongkai.ingest.detect;

import io.gongkai.UnreadableInputException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Decodes the bytes of a text, markdown or HTML file: a byte-order mark decides outright; then strict UTF-8, because
 * GBK/GB18030/Big5 bytes almost never form valid UTF-8; then juniversalchardet's guess among the Chinese encodings;
 * GB18030 (a superset of GBK and GB2312) last.
 *
 * <p>Detectors need about a hundred characters. For shorter text, when the detector gives no answer, the GB18030
 * reading is checked: simplified-Chinese text is almost all in GB2312's common characters, while Big5 bytes read as
 * GB18030 land outside it for about a third of the characters, so a reading that is mostly rare characters is
 * replaced by the Big5 one when the bytes are valid Big5.
 */
public final class TextDecoder {
  static final Charset GB18030 = Charset.forName("GB18030");
  static final Charset BIG5 = Charset.forName("Big5");

  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final byte[] GB18030_BOM = {(byte) 0x84, (byte) 0x31, (byte) 0x95, (byte) 0x33};
  private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
  private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};
  /** Below this share of common characters a GB18030 reading is taken for Big5 bytes misread. */
  private static final double COMMON_SHARE = 0.85;

  private TextDecoder() {}

  /**
   * The text of {@code bytes}, BOM removed.
   *
   * @param fileName names the file in the exception
   * @throws UnreadableInputException when no encoding tried reads the bytes, or they contradict their BOM
   */
  public static String decode(byte[] bytes, String fileName) {
    Optional<Charset> bom = bomCharset(bytes);
    if (bom.isPresent()) {
      int skip = bomLength(bytes);
      return strict(ByteBuffer.wrap(bytes, skip, bytes.length - skip), bom.get()).orElseThrow(() ->
          new UnreadableInputException(fileName, "字节与其 BOM 声明的编码不符 bytes are not valid "
              + bom.get().name() + " although the file starts with its byte-order mark"));
    }
    Optional<Charset> utf16 = Utf16.withoutBom(bytes);
    if (utf16.isPresent()) {
      Optional<String> text = strict(bytes, utf16.get());
      if (text.isPresent()) {
        return text.get();
      }
    }
    return strict(bytes, StandardCharsets.UTF_8)
        .or(() -> detected(bytes))
        .or(() -> gbOrBig5(bytes))
        .orElseThrow(() -> new UnreadableInputException(fileName, "无法识别的文本编码（既非 UTF-8、GB18030 也非 Big5）"
            + " unknown text encoding (neither UTF-8, GB18030 nor Big5)"));
  }

  /** The charset a byte-order mark at the start of {@code bytes} names (UTF-8, UTF-16LE/BE or GB18030). */
  public static Optional<Charset> bomCharset(byte[] bytes) {
    if (startsWith(bytes, UTF8_BOM)) {
      return Optional.of(StandardCharsets.UTF_8);
    }
    if (startsWith(bytes, GB18030_BOM)) {
      return Optional.of(GB18030);
    }
    if (startsWith(bytes, UTF16LE_BOM)) {
      return Optional.of(StandardCharsets.UTF_16LE);
    }
    if (startsWith(bytes, UTF16BE_BOM)) {
      return Optional.of(StandardCharsets.UTF_16BE);
    }
    return Optional.empty();
  }

  /** Length of the byte-order mark at the start of {@code bytes}, 0 if none. */
  static int bomLength(byte[] bytes) {
    if (startsWith(bytes, UTF8_BOM)) {
      return UTF8_BOM.length;
    }
    if (startsWith(bytes, GB18030_BOM)) {
      return GB18030_BOM.length;
    }
    return startsWith(bytes, UTF16LE_BOM) || startsWith(bytes, UTF16BE_BOM) ? 2 : 0;
  }

  /** {@code bytes} decoded with {@code charset}, or empty when they are not valid in it. */
  public static Optional<String> strict(byte[] bytes, Charset charset) {
    if (charset.equals(StandardCharsets.UTF_8)) {
      String text = new String(bytes, StandardCharsets.UTF_8);
      // The JDK's lenient decoding is faster than a strict decoder, and as exact here: it puts U+FFFD for every
      // malformed sequence, so a text without one came from well-formed UTF-8. A text with one is decoded again.
      if (text.indexOf('\uFFFD') < 0) {
        return Optional.of(text);
      }
    }
    return strict(ByteBuffer.wrap(bytes), charset);
  }

  private static Optional<String> strict(ByteBuffer bytes, Charset charset) {
    try {
      // A fresh decoder each time: decoders are stateful and this must be safe from several threads.
      return Optional.of(charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(bytes)
          .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  /** juniversalchardet's answer when it names a Chinese encoding the bytes are valid in; other guesses are ignored. */
  private static Optional<String> detected(byte[] bytes) {
    UniversalDetector detector = new UniversalDetector();
    detector.handleData(bytes, 0, bytes.length);
    detector.dataEnd();
    String name = detector.getDetectedCharset();
    if (name == null) {
      return Optional.empty();
    }
    return switch (name.toUpperCase(java.util.Locale.ROOT)) {
      // GB18030 reads every GB2312 and GBK byte sequence the same way and more besides.
      case "GB18030", "GBK", "GB2312", "HZ-GB-2312" -> strict(bytes, GB18030);
      case "BIG5", "BIG5-HKSCS" -> strict(bytes, BIG5).or(() -> strict(bytes, Charset.forName("Big5-HKSCS")));
      case "EUC-TW" -> Charset.isSupported("x-EUC-TW") ? strict(bytes, Charset.forName("x-EUC-TW")) : Optional.empty();
      default -> Optional.empty();
    };
  }

  private static Optional<String> gbOrBig5(byte[] bytes) {
    Optional<String> gb = strict(bytes, GB18030);
    if (gb.isPresent() && CommonHan.share(gb.get()) < COMMON_SHARE) {
      Optional<String> big5 = strict(bytes, BIG5);
      if (big5.isPresent()) {
        return big5;
      }
    }
    return gb;
  }

  static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
