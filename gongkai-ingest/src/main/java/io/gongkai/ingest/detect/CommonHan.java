package io.gongkai.ingest.detect;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;

/**
 * How much of a text's Han characters are common ones, taken as those GB2312 can encode (its 6,763 characters cover
 * nearly all of modern simplified text).
 */
final class CommonHan {
  private static final Charset GB2312 = Charset.forName("GB2312");

  private CommonHan() {}

  /** Share of Han characters in GB2312, 1 for a text with none. */
  static double share(String text) {
    CharsetEncoder encoder = GB2312.newEncoder();
    int han = 0;
    int common = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
        han++;
        if (encoder.canEncode(c)) {
          common++;
        }
      }
    }
    return han == 0 ? 1 : (double) common / han;
  }
}
