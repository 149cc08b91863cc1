package io.gongkai.validate;

import com.hankcs.hanlp.HanLP;

/**
 * Matching happens on simplified script: sections keep the report's original script (traditional in some
 * renderings), while the patterns and the template are simplified.
 */
final class Script {
  private Script() {}

  static String simplified(String text) {
    return text == null || text.isEmpty() ? "" : HanLP.convertToSimplifiedChinese(text);
  }
}
