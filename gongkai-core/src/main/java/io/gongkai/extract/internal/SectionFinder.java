package io.gongkai.extract.internal;

import io.gongkai.model.Section;
import io.gongkai.schema.SectionSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the six numbered section headings in order. A heading is its number ({@code 四、}) followed, within a short
 * stretch without sentence punctuation, by one of the section's key phrases; headings run into the text around them
 * in crawled pages, so lines are not required.
 */
public final class SectionFinder {
  private static final int MAX_GAP = 14;
  private static final java.util.regex.Pattern BREAK = java.util.regex.Pattern.compile("[。,;\\s\\d]");

  private SectionFinder() {}

  /** A heading found: where it starts and ends in the text. */
  public record Heading(SectionSpec spec, int start, int end) {}

  /** The headings found, in text order. */
  public static List<Heading> headings(String text, List<SectionSpec> specs) {
    List<Heading> found = new ArrayList<>();
    int from = 0;
    for (SectionSpec spec : specs) {
      Heading h = find(text, spec, from);
      if (h != null) {
        found.add(h);
        from = h.end();
      }
    }
    return found;
  }

  private static Heading find(String text, SectionSpec spec, int from) {
    String number = spec.id() + "、";
    for (int i = text.indexOf(number, from); i >= 0; i = text.indexOf(number, i + 1)) {
      int after = i + number.length();
      for (String key : spec.keys()) {
        int k = keyAt(text, after, key);
        if (k >= 0) {
          return new Heading(spec, i, headingEnd(text, k + key.length()));
        }
      }
    }
    return null;
  }

  /** Where {@code key} starts after a short gap with no sentence punctuation, or -1. */
  private static int keyAt(String text, int from, String key) {
    int limit = Math.min(text.length(), from + MAX_GAP + key.length());
    int k = text.indexOf(key, from);
    if (k < 0 || k + key.length() > limit) {
      return -1;
    }
    for (int j = from; j < k; j++) {
      char c = text.charAt(j);
      if (c == '。' || c == ';' || c == '；' || c == '\n' || c == ':' || Character.isDigit(c)) {
        return -1;
      }
    }
    return k;
  }

  /** Extends a heading over its usual ending (情况, 事项, 措施) when printed right after the key. */
  private static int headingEnd(String text, int end) {
    int limit = Math.min(text.length(), end + 8);
    for (String tail : new String[] {"情况", "事项", "措施"}) {
      int t = text.indexOf(tail, end);
      if (t >= 0 && t + tail.length() <= limit && !BREAK.matcher(text.substring(end, t)).find()) {
        return t + tail.length();
      }
    }
    return end;
  }

  /** The sections with their body text (up to the next heading). */
  public static List<Section> sections(String original, List<Heading> headings, TextIndex index) {
    List<Section> out = new ArrayList<>();
    for (int i = 0; i < headings.size(); i++) {
      Heading h = headings.get(i);
      int bodyEnd = i + 1 < headings.size() ? headings.get(i + 1).start() : original.length();
      out.add(new Section(h.spec().id(), original.substring(h.start(), h.end()).strip(),
          index.span(h.start(), h.end()), original.substring(h.end(), bodyEnd).strip()));
    }
    return out;
  }
}
