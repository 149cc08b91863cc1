package io.gongkai.validate;

import io.gongkai.extract.Normalizer;

/**
 * Matching happens on simplified script: sections keep the report's original script (traditional in some
 * renderings), while the patterns and the template are simplified.
 */
final class Script {
  private Script() {}

  static String simplified(String text) {
    return text == null || text.isEmpty() ? "" : Normalizer.simplified(text);
  }
}
