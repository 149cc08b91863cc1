package io.gongkai.extract.internal;

import io.gongkai.schema.BlockSpec;
import io.gongkai.schema.EditionSpec;
import io.gongkai.schema.TableSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each table sits in the text: Table 2 from its first 第二十条 caption, Table 3 from its header (or first row),
 * Table 4 from its 结果维持 header, each ending where the next begins; the last ends at section 五.
 */
final class Zones {
  private static final String T3_HEAD = Projection.key("本列数据的勾稽关系");
  private static final String T3_APPLICANTS = Projection.key("申请人情况");

  private Zones() {}

  /** Table id → {start, end}; tables not located are absent. */
  static Map<String, int[]> of(Finder f, EditionSpec edition, List<SectionFinder.Heading> headings, int length) {
    int textEnd = heading(headings, "五", length);
    Map<String, Integer> starts = new LinkedHashMap<>();
    int from = 0;
    for (TableSpec t : edition.tables()) {
      Integer s = start(f, t, from, textEnd);
      if (s != null) {
        starts.put(t.id(), s);
        from = s;
      }
    }
    Map<String, int[]> zones = new LinkedHashMap<>();
    List<String> ids = List.copyOf(starts.keySet());
    for (int i = 0; i < ids.size(); i++) {
      int end = i + 1 < ids.size() ? starts.get(ids.get(i + 1)) : Math.max(textEnd, starts.get(ids.get(i)));
      if (end == textEnd && textEnd < starts.get(ids.get(i))) {
        end = length;
      }
      zones.put(ids.get(i), new int[] {starts.get(ids.get(i)), end});
    }
    return zones;
  }

  private static Integer start(Finder f, TableSpec t, int from, int to) {
    BlockSpec first = t.blocks().get(0);
    if (first.isSideBySide()) {
      Anchor a = f.find(null, first.columns().get(0).label(), List.of(), from, to);
      return a == null ? null : backTo(f, first.sideBySide().get(0), a.start(), 80);
    }
    if (first.caption().isPresent()) {
      Integer earliest = null;
      for (BlockSpec b : t.blocks()) {
        Anchor a = b.caption().map(c -> f.find(null, c, List.of(), from, to)).orElse(null);
        earliest = a != null && (earliest == null || a.start() < earliest) ? Integer.valueOf(a.start()) : earliest;
      }
      return earliest;
    }
    Anchor row = f.find(null, first.rows().get(0).label(), first.rows().get(0).aliases(), from, to);
    if (row == null) {
      return null;
    }
    int s = backToKey(f, T3_HEAD, row.start(), 400);
    return Math.min(s, backToKey(f, T3_APPLICANTS, row.start(), 400));
  }

  private static int backTo(Finder f, String label, int at, int window) {
    return backToKey(f, Projection.key(label), at, window);
  }

  private static int backToKey(Finder f, String key, int at, int window) {
    int[] k = f.findKey(key, Math.max(0, at - window), at);
    return k == null ? at : k[0];
  }

  private static int heading(List<SectionFinder.Heading> headings, String id, int otherwise) {
    return headings.stream().filter(h -> h.spec().id().equals(id)).mapToInt(SectionFinder.Heading::start)
        .findFirst().orElse(otherwise);
  }
}
