package io.gongkai.ingest.html;

import io.gongkai.UnreadableInputException;
import io.gongkai.ingest.detect.TextDecoder;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

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

  /**
   * The page parsed. A page that {@link #decode} would read as UTF-8 if it is valid UTF-8 is parsed straight from its
   * bytes, decoded strictly as the parser reads them: decoding it into a string first would decode it twice.
   */
  static Document parse(byte[] bytes, String fileName) {
    if (mayBeUtf8(bytes)) {
      Optional<Document> doc = parseUtf8(bytes);
      if (doc.isPresent()) {
        return doc.get();
      }
    }
    return Jsoup.parse(decode(bytes, fileName));
  }

  /** Whether {@link #decode} reads {@code bytes} as UTF-8 if they are valid UTF-8. */
  private static boolean mayBeUtf8(byte[] bytes) {
    return TextDecoder.prefersUtf8(bytes) && declared(bytes).map(StandardCharsets.UTF_8::equals).orElse(true);
  }

  /** The page parsed from its bytes read as UTF-8, or empty when they are not valid UTF-8. */
  private static Optional<Document> parseUtf8(byte[] bytes) {
    CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    Reader in = new InputStreamReader(new ByteArrayInputStream(bytes), strict);
    try {
      return Optional.of(Parser.htmlParser().parseInput(in, ""));
    } catch (UncheckedIOException e) {
      // jsoup wraps what the reader throws: a malformed byte stops the parse, and the page is read the long way.
      if (e.getCause() instanceof CharacterCodingException) {
        return Optional.empty();
      }
      throw e;
    }
  }

  static String decode(byte[] bytes, String fileName) {
    if (TextDecoder.bomCharset(bytes).isPresent()) {
      return TextDecoder.decode(bytes, fileName);
    }
    Optional<Charset> declared = declared(bytes);
    if (declared.isPresent()) {
      Optional<String> text = strict(bytes, declared.get());
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

  private static Optional<String> strict(byte[] bytes, Charset charset) {
    try {
      return Optional.of(charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }
}
