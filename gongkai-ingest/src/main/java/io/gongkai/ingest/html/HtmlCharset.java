package io.gongkai.ingest.html;

import io.gongkai.UnreadableInputException;
import io.gongkai.ingest.detect.TextDecoder;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes an HTML page: a byte-order mark first, then the charset its {@code <meta>} declares (as a browser's
 * pre-scan finds it near the start), else {@link TextDecoder}'s detection. A declaration the bytes contradict is
 * ignored in favour of detection; when nothing reads the bytes cleanly, the declared charset is used with
 * replacement characters, since one bad byte in a saved page should not make the report unreadable.
 */
final class HtmlCharset {
  /** Browsers look at the first 1024 bytes; Word's exports put a long style block first, so look further. */
  private static final int PRESCAN = 8192;
  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

  private HtmlCharset() {}

  static String decode(byte[] bytes, String fileName) {
    if (TextDecoder.bomCharset(bytes).isPresent()) {
      return TextDecoder.decode(bytes, fileName);
    }
    Optional<Charset> declared = declared(bytes);
    if (declared.isPresent()) {
      Optional<String> text = TextDecoder.strict(bytes, declared.get());
      if (text.isPresent()) {
        return text.get();
      }
    }
    try {
      return TextDecoder.decode(bytes, fileName);
    } catch (UnreadableInputException e) {
      if (declared.isEmpty()) {
        throw e;
      }
      return new String(bytes, declared.get());
    }
  }

  /** The charset named by a {@code <meta charset>} or {@code http-equiv} content type near the start. */
  static Optional<Charset> declared(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN), StandardCharsets.ISO_8859_1);
    // The pattern is tried at every position of the head; most pages name no charset, which a plain search shows.
    if (!containsIgnoringCase(head, "charset")) {
      return Optional.empty();
    }
    Matcher m = META_CHARSET.matcher(head);
    if (!m.find()) {
      return Optional.empty();
    }
    String name = m.group(1).toLowerCase(Locale.ROOT);
    if (name.equals("gb2312") || name.equals("gbk") || name.equals("x-gbk") || name.equals("gb_2312-80")) {
      // Pages labelled GB2312 routinely hold GBK characters; GB18030 reads both the same and more besides.
      return Optional.of(Charset.forName("GB18030"));
    }
    try {
      return Optional.of(Charset.forName(name));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty();
    }
  }

  private static boolean containsIgnoringCase(String text, String word) {
    char lower = Character.toLowerCase(word.charAt(0));
    char upper = Character.toUpperCase(word.charAt(0));
    for (int i = 0; i + word.length() <= text.length(); i++) {
      char c = text.charAt(i);
      if ((c == lower || c == upper) && text.regionMatches(true, i, word, 0, word.length())) {
        return true;
      }
    }
    return false;
  }
}
