package io.gongkai.extract.internal;

import io.gongkai.schema.Edition;
import io.gongkai.schema.EditionSpec;
import io.gongkai.schema.Template;
import java.util.EnumMap;
import java.util.Map;

/** Decides the edition from the markers only one edition's tables print (SPEC §2.1), falling back on the year. */
public final class EditionDetector {
  /** Fewer markers than this can come from narrative words (现行有效件数) rather than a printed table. */
  private static final int STRONG = 3;
  /** Separates the two labels of a row marker ({@code （六）其他处理…（七）总计}). */
  private static final char ROW_UNTIL = '…';
  private static final java.util.regex.Pattern CITES_2019 =
      java.util.regex.Pattern.compile("公开办函\\s*[〔\\[(]\\s*2019\\s*[〕\\])]\\s*60\\s*号");
  private static final java.util.regex.Pattern CITES_2021 =
      java.util.regex.Pattern.compile("公开办函\\s*[〔\\[(]\\s*2021\\s*[〕\\])]\\s*30\\s*号");

  private EditionDetector() {}

  /** How many distinct markers of each edition the text prints. */
  public static Map<Edition, Integer> markers(Template template, Projection projection) {
    Map<Edition, Integer> counts = new EnumMap<>(Edition.class);
    for (Edition e : new Edition[] {Edition.E2019, Edition.E2021}) {
      EditionSpec spec = template.edition(e).orElseThrow();
      int n = 0;
      for (String marker : spec.markers()) {
        if (printed(projection.letters(), marker)) {
          n++;
        }
      }
      counts.put(e, n);
    }
    return counts;
  }

  /**
   * Whether a marker is printed: its words, or for {@code A…B} (the 2019 edition's single row （六）其他处理) label A
   * followed by nothing but values up to label B.
   */
  private static boolean printed(String letters, String marker) {
    int split = marker.indexOf(ROW_UNTIL);
    if (split < 0) {
      return letters.contains(Projection.key(marker));
    }
    String row = Projection.key(marker.substring(0, split));
    String next = Projection.key(marker.substring(split + 1));
    for (int at = letters.indexOf(row); at >= 0; at = letters.indexOf(row, at + 1)) {
      int i = at + row.length();
      while (i < letters.length() && Character.isDigit(letters.charAt(i))) {
        i++;
      }
      if (letters.startsWith(next, i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The edition: the one whose markers are printed (the majority when mixed), else the one the year implies. A report
   * for 2018 or before is of the old regime unless it prints a table of the new format.
   */
  public static Edition decide(Map<Edition, Integer> markers, Integer year) {
    int m2019 = markers.getOrDefault(Edition.E2019, 0);
    int m2021 = markers.getOrDefault(Edition.E2021, 0);
    if (year != null && year <= 2018 && Math.max(m2019, m2021) < STRONG) {
      return Edition.PRE2019;
    }
    if (m2019 > 0 || m2021 > 0) {
      if (m2019 == m2021 && year != null) {
        return Edition.forYear(year);
      }
      return m2021 > m2019 ? Edition.E2021 : Edition.E2019;
    }
    return year == null ? Edition.UNKNOWN : Edition.forYear(year);
  }

  /**
   * The edition a report cites by its notice (国办公开办函〔2019〕60号 or 〔2021〕30号), secondary evidence for when no
   * table is printed and no year is found; null when neither is cited.
   */
  public static Edition cited(String normalized) {
    boolean e2019 = CITES_2019.matcher(normalized).find();
    boolean e2021 = CITES_2021.matcher(normalized).find();
    return e2019 == e2021 ? null : e2019 ? Edition.E2019 : Edition.E2021;
  }
}
