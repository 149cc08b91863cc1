package io.gongkai.ingest.ocr;

/**
 * What Tesseract made of one image.
 *
 * @param text the recognised text, trimmed
 * @param minConfidence the lowest confidence (0–100) of any recognised character; 0 when nothing was recognised
 * @param meanConfidence the mean character confidence
 */
record Reading(String text, float minConfidence, float meanConfidence) {
  static final Reading NOTHING = new Reading("", 0, 0);
}
