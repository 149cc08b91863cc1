package io.gongkai.extract.internal;

/**
 * The normalised text with layout removed, for matching labels however they were broken: whitespace, table
 * separators and punctuation are dropped (a header printed {@code 本年新\n制作数量} or {@code 结果 维持} matches), and
 * each kept character remembers its offset in the text.
 */
public final class Projection {
  private static final java.util.Map<String, String> KEYS = new java.util.concurrent.ConcurrentHashMap<>();
  private final String letters;
  private final int[] offsets;

  private Projection(String letters, int[] offsets) {
    this.letters = letters;
    this.offsets = offsets;
  }

  /** Projects a normalised text. */
  public static Projection of(String text) {
    StringBuilder b = new StringBuilder(text.length());
    int[] offsets = new int[text.length() + 1];
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (keeps(c)) {
        offsets[b.length()] = i;
        b.append(c);
      }
    }
    offsets[b.length()] = text.length();
    return new Projection(b.toString(), offsets);
  }

  /** A label reduced to the characters a projection keeps (labels come from the template: computed once each). */
  public static String key(String label) {
    return KEYS.computeIfAbsent(label, Projection::computeKey);
  }

  private static String computeKey(String label) {
    StringBuilder b = new StringBuilder(label.length());
    String n = io.gongkai.extract.Normalizer.normalize(label);
    for (int i = 0; i < n.length(); i++) {
      if (keeps(n.charAt(i))) {
        b.append(n.charAt(i));
      }
    }
    return b.toString();
  }

  static boolean keeps(char c) {
    if (c < 0x80) {
      return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
    if (c >= 0x4E00 && c <= 0x9FFF) {
      return true; // the common CJK block, without a table lookup
    }
    return Character.isLetterOrDigit(c);
  }

  /** The kept characters. */
  public String letters() {
    return letters;
  }

  /** The text offset of the projected character at {@code i} ({@code i == length} maps to the text's end). */
  public int offset(int i) {
    return offsets[i];
  }

  /** The first projected index at or after a text offset. */
  public int indexAt(int textOffset) {
    int lo = 0;
    int hi = letters.length();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (offsets[mid] < textOffset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Finds {@code key} at or after text offset {@code from} and before {@code to}; returns text {start, end} or null. */
  public int[] find(String key, int from, int to) {
    if (key.isEmpty()) {
      return null;
    }
    int i = letters.indexOf(key, indexAt(from));
    if (i < 0) {
      return null;
    }
    int start = offsets[i];
    int end = offsets[i + key.length() - 1] + 1;
    return end <= to ? new int[] {start, end} : null;
  }
}
