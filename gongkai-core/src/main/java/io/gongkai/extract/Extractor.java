package io.gongkai.extract;

import io.gongkai.model.Reading;
import io.gongkai.model.SourceInfo;

/** Reads the text of one report into the official template. (Being written: signature fixed, body in progress.) */
public final class Extractor {
  /** Reads {@code text} (any text rendering of a report) into a {@link Reading}. */
  public Reading read(String text, SourceInfo source) {
    throw new UnsupportedOperationException("in progress");
  }
}
