package io.gongkai.ingest;

import io.gongkai.UnreadableInputException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decoding in the order that is safe for Chinese text: a BOM decides outright; otherwise strict UTF-8, because
 * GBK/GB18030 bytes almost never form valid UTF-8 while the reverse often "works" and yields mojibake; GB18030 last,
 * as it is a superset of GBK and GB2312.
 */
final class Charsets {
  static final Charset GB18030 = Charset.forName("GB18030");

  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
  private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};
  private static final byte[] GB18030_BOM = {(byte) 0x84, (byte) 0x31, (byte) 0x95, (byte) 0x33};

  private Charsets() {}

  static String decode(byte[] bytes, String shownName) {
    if (startsWith(bytes, UTF8_BOM)) {
      return strict(bytes, UTF8_BOM.length, StandardCharsets.UTF_8, shownName);
    }
    if (startsWith(bytes, GB18030_BOM)) {
      return strict(bytes, GB18030_BOM.length, GB18030, shownName);
    }
    if (startsWith(bytes, UTF16LE_BOM)) {
      return strict(bytes, UTF16LE_BOM.length, StandardCharsets.UTF_16LE, shownName);
    }
    if (startsWith(bytes, UTF16BE_BOM)) {
      return strict(bytes, UTF16BE_BOM.length, StandardCharsets.UTF_16BE, shownName);
    }
    String utf8 = tryStrict(bytes, StandardCharsets.UTF_8);
    if (utf8 != null) {
      return utf8;
    }
    String gb = tryStrict(bytes, GB18030);
    if (gb != null) {
      return gb;
    }
    throw new UnreadableInputException(shownName, "无法识别的文本编码（既非 UTF-8 也非 GB18030）"
        + " unknown text encoding (neither UTF-8 nor GB18030)");
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

  private static String strict(byte[] bytes, int offset, Charset charset, String shownName) {
    String text = tryStrict(ByteBuffer.wrap(bytes, offset, bytes.length - offset), charset);
    if (text == null) {
      throw new UnreadableInputException(shownName, "字节与其 BOM 声明的编码不符 bytes are not valid " + charset.name()
          + " although the file starts with its byte-order mark");
    }
    return text;
  }

  private static String tryStrict(byte[] bytes, Charset charset) {
    return tryStrict(ByteBuffer.wrap(bytes), charset);
  }

  private static String tryStrict(ByteBuffer bytes, Charset charset) {
    try {
      // A fresh decoder each time: decoders are stateful and this must be safe from several threads.
      return charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(bytes)
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
