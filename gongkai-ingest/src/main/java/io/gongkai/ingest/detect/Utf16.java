package io.gongkai.ingest.detect;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * UTF-16 without a byte-order mark, told by its zero bytes: each ASCII character in it (markup, digits, line breaks)
 * puts a zero byte on the same side of its pair, which no 8-bit encoding of Chinese has.
 */
final class Utf16 {
  private static final int SAMPLE = 4096;

  private Utf16() {}

  /** UTF-16LE or UTF-16BE when the zero bytes say so. */
  static Optional<Charset> withoutBom(byte[] bytes) {
    int n = Math.min(bytes.length, SAMPLE) & ~1;
    if (n < 4) {
      return Optional.empty();
    }
    int evenZeros = 0;
    int oddZeros = 0;
    for (int i = 0; i < n; i += 2) {
      evenZeros += bytes[i] == 0 ? 1 : 0;
      oddZeros += bytes[i + 1] == 0 ? 1 : 0;
    }
    int pairs = n / 2;
    // A few ASCII units (digits, line breaks, markup) are enough: 8-bit Chinese encodings have no zero bytes at all,
    // while UTF-16 of Chinese text has a zero on the other side only for the odd U+xx00 character.
    Charset guess = oddZeros * 32 >= pairs && oddZeros > 2 * evenZeros ? StandardCharsets.UTF_16LE
        : evenZeros * 32 >= pairs && evenZeros > 2 * oddZeros ? StandardCharsets.UTF_16BE : null;
    return guess != null && looksLikeText(new String(bytes, 0, n, guess)) ? Optional.of(guess) : Optional.empty();
  }

  /** Binary data read as UTF-16 is full of control characters; text has almost none besides line breaks and tabs. */
  private static boolean looksLikeText(String s) {
    long controls = s.chars()
        .filter(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f').count();
    return controls * 100 <= s.length();
  }
}
