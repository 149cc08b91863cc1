package io.gongkai.ingest;

import io.gongkai.UnreadableInputException;
import io.gongkai.UnsupportedFormatException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Recognises, from the first bytes, documents that are not plain text, so that a PDF or a Word file is refused with
 * its format's name instead of being decoded into garbage and "read" as a report with no tables.
 */
final class Formats {
  private static final int SNIFF = 8192;

  private Formats() {}

  static void refuseNonText(byte[] bytes, String shownName) {
    String format = binaryFormat(bytes);
    if (format == null) {
      format = markupFormat(bytes);
    }
    if (format != null) {
      throw new UnsupportedFormatException(shownName, format);
    }
    if (hasNul(bytes) && !isUtf16(bytes)) {
      throw new UnreadableInputException(shownName, "二进制文件，不是文本 binary file, not text");
    }
  }

  private static String binaryFormat(byte[] b) {
    if (starts(b, "%PDF-")) {
      return "pdf";
    }
    if (starts(b, 0x50, 0x4B, 0x03, 0x04)) {
      return "docx";
    }
    if (starts(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
      return "doc";
    }
    if (starts(b, 0x89, 'P', 'N', 'G') || starts(b, 0xFF, 0xD8, 0xFF) || starts(b, "GIF8")
        || starts(b, 'I', 'I', 0x2A, 0x00) || starts(b, 'M', 'M', 0x00, 0x2A)) {
      return "image";
    }
    return null;
  }

  private static String markupFormat(byte[] b) {
    int n = Math.min(b.length, 256);
    String head = new String(b, 0, n, StandardCharsets.ISO_8859_1).stripLeading().toLowerCase(Locale.ROOT);
    if (head.startsWith("\u00ef\u00bb\u00bf")) {
      head = head.substring(3).stripLeading();
    }
    return head.startsWith("<!doctype html") || head.startsWith("<html") ? "html" : null;
  }

  private static boolean hasNul(byte[] b) {
    int n = Math.min(b.length, SNIFF);
    for (int i = 0; i < n; i++) {
      if (b[i] == 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean isUtf16(byte[] b) {
    return starts(b, 0xFF, 0xFE) || starts(b, 0xFE, 0xFF);
  }

  private static boolean starts(byte[] b, String ascii) {
    return Charsets.startsWith(b, ascii.getBytes(StandardCharsets.US_ASCII));
  }

  private static boolean starts(byte[] b, int... prefix) {
    byte[] p = new byte[prefix.length];
    for (int i = 0; i < prefix.length; i++) {
      p[i] = (byte) prefix[i];
    }
    return Charsets.startsWith(b, p);
  }
}
