package io.gongkai.ingest.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gongkai.UnreadableInputException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Decoding our own Chinese text in the encodings Chinese sites publish in. */
class TextDecoderTest {
  /** About 130 characters of made-up report prose. */
  static final String SIMPLIFIED = "本年度，青禾县水务局把政务公开工作列入年度计划，安排专人维护门户网站栏目，按季度梳理应公开事项并逐条"
      + "核对。全年主动公开规范性文件十二件，办理政府信息公开申请二十三件，均在法定期限内答复。栏目更新节奏不够均衡，部分"
      + "解读材料偏少，下一步将细化分工，定期抽查栏目内容，确保信息准确及时。";
  static final String TRADITIONAL = "本年度，雲杉縣檔案館把政務公開工作列入年度計劃，安排專人維護門戶網站欄目，按季度梳理應公開事項並逐條"
      + "核對。全年主動公開規範性文件十二件，辦理政府資訊公開申請二十三件，均在法定期限內答覆。欄目更新節奏不夠均衡，部分"
      + "解讀材料偏少，下一步將細化分工，定期抽查欄目內容，確保資訊準確及時。";

  @ParameterizedTest
  @ValueSource(strings = {"UTF-8", "GBK", "GB18030"})
  void simplifiedText(String charset) {
    assertThat(TextDecoder.decode(SIMPLIFIED.getBytes(Charset.forName(charset)), "a.txt")).isEqualTo(SIMPLIFIED);
  }

  @Test
  void big5Text() {
    assertThat(TextDecoder.decode(TRADITIONAL.getBytes(Charset.forName("Big5")), "a.txt")).isEqualTo(TRADITIONAL);
  }

  @Test
  void gb18030OnlyCharacters() {
    // 䶮 (U+4DAE) and € are outside GBK's two-byte range: GB18030 writes them in four bytes.
    String text = SIMPLIFIED + "龑䶮€";
    assertThat(TextDecoder.decode(text.getBytes(Charset.forName("GB18030")), "a.txt")).isEqualTo(text);
  }

  @Test
  void shortTextFallsBackToGb18030OrBig5ByCommonCharacters() {
    assertThat(TextDecoder.decode("主动公开情况见下表。".getBytes(Charset.forName("GBK")), "a.txt"))
        .isEqualTo("主动公开情况见下表。");
    assertThat(TextDecoder.decode("複議和訴訟情況見下表。".getBytes(Charset.forName("Big5")), "a.txt"))
        .isEqualTo("複議和訴訟情況見下表。");
  }

  @Test
  void byteOrderMarksDecide() {
    assertThat(TextDecoder.decode(withBom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        SIMPLIFIED.getBytes(StandardCharsets.UTF_8)), "a.txt")).isEqualTo(SIMPLIFIED);
    assertThat(TextDecoder.decode(withBom(new byte[] {(byte) 0xFF, (byte) 0xFE},
        SIMPLIFIED.getBytes(StandardCharsets.UTF_16LE)), "a.txt")).isEqualTo(SIMPLIFIED);
    assertThat(TextDecoder.decode(withBom(new byte[] {(byte) 0xFE, (byte) 0xFF},
        SIMPLIFIED.getBytes(StandardCharsets.UTF_16BE)), "a.txt")).isEqualTo(SIMPLIFIED);
    assertThat(TextDecoder.decode(withBom(new byte[] {(byte) 0x84, 0x31, (byte) 0x95, 0x33},
        SIMPLIFIED.getBytes(Charset.forName("GB18030"))), "a.txt")).isEqualTo(SIMPLIFIED);
  }

  @Test
  void utf16WithoutBomIsToldByItsZeroBytes() {
    String text = "<p>2023年 " + SIMPLIFIED + "</p>\r\n";
    assertThat(TextDecoder.decode(text.getBytes(StandardCharsets.UTF_16LE), "a.txt")).isEqualTo(text);
  }

  @Test
  void errorsNameTheFile() {
    assertThatThrownBy(() -> TextDecoder.decode(new byte[] {(byte) 0xFF, (byte) 0xFF, 0x41}, "坏文件.txt"))
        .isInstanceOf(UnreadableInputException.class).hasMessageContaining("坏文件.txt")
        .hasMessageContaining("unknown text encoding");
    assertThatThrownBy(() -> TextDecoder.decode(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xC3},
        "bom.txt")).isInstanceOf(UnreadableInputException.class).hasMessageContaining("bom.txt");
  }

  /** Strict UTF-8 goes through the JDK's lenient decoding and looks for U+FFFD: one in the text itself is kept. */
  @Test
  void strictUtf8KeepsAReplacementCharacterOfTheTextAndRefusesMalformedBytes() {
    String text = SIMPLIFIED + "\uFFFD" + SIMPLIFIED;
    assertThat(TextDecoder.strict(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).contains(text);
    byte[] malformed = SIMPLIFIED.getBytes(StandardCharsets.UTF_8);
    malformed[malformed.length / 2] = (byte) 0xFF;
    assertThat(TextDecoder.strict(malformed, StandardCharsets.UTF_8)).isEmpty();
    byte[] cut = Arrays.copyOf(malformed, 3 * 5 + 1);
    assertThat(TextDecoder.strict(cut, StandardCharsets.UTF_8)).isEmpty();
  }

  private static byte[] withBom(byte[] bom, byte[] body) {
    byte[] out = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, out, 0, bom.length);
    System.arraycopy(body, 0, out, bom.length, body.length);
    return out;
  }
}
