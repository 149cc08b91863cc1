package io.gongkai.ingest.ocr;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Readings of one number and whether they settle it. The Chinese model's unrestricted reading (look-alikes mapped to
 * digits) and its digits-only reading must agree, both confident. The digits-only pass sometimes gives up on a lone
 * glyph and returns nothing; only then is the English model asked, and its agreement stands in. The English model is
 * never the only judge and never a veto: on these fonts it reads 1 as 4 and 0 as 6 or 9 with confidence above 95.
 */
final class Votes {
  private final String free;
  private final float freeConfidence;
  private String restricted = "";
  private float restrictedConfidence;
  private String third = "";
  private float thirdConfidence;

  Votes(String free, float confidence) {
    this.free = free;
    this.freeConfidence = confidence;
  }

  void restricted(Reading r) {
    restricted = Texts.tidy(r.text());
    restrictedConfidence = r.minConfidence();
  }

  boolean needsThirdOpinion() {
    return restricted.isEmpty();
  }

  void third(Reading r) {
    third = Texts.tidy(r.text());
    thirdConfidence = r.minConfidence();
  }

  /** The number when two readings agree on it as described above; else null. */
  String agreed() {
    if (!Texts.isNumber(free) || freeConfidence < CellReader.CONFIDENT) {
      return null;
    }
    String other = restricted.isEmpty() ? third : restricted;
    float confidence = restricted.isEmpty() ? thirdConfidence : restrictedConfidence;
    return other.equals(free) && confidence >= CellReader.CONFIDENT ? free : null;
  }

  /** The readings, numbers first. */
  List<String> ranked() {
    List<String> all = new ArrayList<>(List.of(restricted, free, third));
    all.removeIf(String::isEmpty);
    all.sort((a, b) -> Boolean.compare(!Texts.isNumber(a), !Texts.isNumber(b)));
    return new ArrayList<>(new LinkedHashSet<>(all));
  }
}
