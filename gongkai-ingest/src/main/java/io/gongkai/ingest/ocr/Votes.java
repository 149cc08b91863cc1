package io.gongkai.ingest.ocr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Readings of one number by several passes, and whether they settle it: every pass that read something must have
 * read the same number, at least two must have read it, and one of them with confidence. Tesseract misreads a lone
 * small glyph in one segmentation mode with confidence above 95 (a 0 as 9 under {@code --psm 7}) while another mode reads it right,
 * so agreement across modes, not confidence, is what makes a number certain. Readings the ink contradicts (a digit
 * too few for the pieces printed, a 9 where the glyph has a 0's tall hole) are set aside first; one confident reading
 * the ink confirms in count and holes may then stand alone.
 */
final class Votes {
  private static final float SURE_ALONE = 85;
  private final Map<String, Integer> count = new LinkedHashMap<>();
  private final Map<String, Float> best = new LinkedHashMap<>();
  private boolean doubt;

  /** An empty reading is no vote: the restricted passes sometimes give up on a lone glyph. */
  void add(String text, float confidence) {
    if (text.isEmpty()) {
      return;
    }
    if (!Texts.isNumber(text)) {
      doubt = true;
    }
    count.merge(text, 1, Integer::sum);
    best.merge(text, confidence, Math::max);
  }

  void add(Reading r) {
    add(Texts.tidy(r.text()), r.minConfidence());
  }

  /** The number all passes agree on, or null. */
  String agreed() {
    return agreed(count);
  }

  /**
   * The number all passes agree on once readings that {@code fits} rejects are set aside (a reading with a digit
   * fewer than the printed pieces, or a 9 where the glyph has a 0's hole), or null.
   */
  String agreed(Pieces fits) {
    Map<String, Integer> kept = new LinkedHashMap<>(count);
    kept.keySet().removeIf(s -> Texts.isNumber(s) && !fits.allow(s));
    if (kept.size() != 1 || !Texts.isNumber(kept.keySet().iterator().next())) {
      return null;
    }
    String only = kept.keySet().iterator().next();
    // One pass alone suffices for plain digits whose count and holes the ink confirms and that it read confidently.
    boolean checked = only.matches("[+-]?[0-9]+") && fits.confirm(only) && best.get(only) >= SURE_ALONE;
    return kept.get(only) >= 2 && best.get(only) >= CellReader.CONFIDENT || checked ? only : null;
  }

  private String agreed(Map<String, Integer> votes) {
    if (votes.size() != 1 || doubt) {
      return null;
    }
    var only = votes.entrySet().iterator().next();
    boolean confident = best.get(only.getKey()) >= CellReader.CONFIDENT;
    return only.getValue() >= 2 && confident ? only.getKey() : null;
  }

  /**
   * The number at least two kinds of reading agree on: these passes of the Chinese model, its reading of the ink
   * printed three times, and the English model's. Each kind has its say only with a number the ink allows and with
   * confidence; any other number the ink allows, from any pass, leaves the cell open. Readings that are no number (a
   * Chinese character for a lone digit, ".10" for -10) are set aside: two kinds that agree outweigh them.
   *
   * @param repeated the reading of the ink printed three times, or null when the copies read differently
   * @param latin the English model's reading, or null
   */
  String confirmed(Reading repeated, Reading latin, Pieces fits) {
    Set<String> said = new HashSet<>();
    int kinds = 0;
    List<String> allowed = count.keySet().stream().filter(s -> Texts.isNumber(s) && fits.allow(s)).toList();
    if (allowed.size() == 1) {
      said.add(allowed.get(0));
      kinds += best.get(allowed.get(0)) >= CellReader.CONFIDENT ? 1 : 0;
    } else if (allowed.size() > 1) {
      return null;
    }
    for (Reading r : new Reading[] {repeated, latin}) {
      if (r != null && Texts.isNumber(r.text()) && fits.allow(r.text())) {
        said.add(r.text());
        kinds++;
      }
    }
    return said.size() == 1 && kinds >= 2 ? said.iterator().next() : null;
  }

  /** The readings: numbers the ink fits first, then other numbers, then by votes and confidence. */
  List<String> ranked(java.util.function.Predicate<String> fits) {
    List<String> out = new ArrayList<>(count.keySet());
    out.sort(Comparator.comparing((String s) -> !(Texts.isNumber(s) && fits.test(s)))
        .thenComparing(s -> !Texts.isNumber(s))
        .thenComparing(s -> -count.get(s))
        .thenComparing(s -> -best.get(s)));
    return out;
  }
}
