package io.gongkai.export;

import io.gongkai.schema.CellSpec;
import io.gongkai.schema.Edition;
import io.gongkai.schema.Template;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The template's cells by edition and id, looked up once per exported cell. */
final class Labels {
  private final Map<Edition, Map<String, CellSpec>> byEdition = new EnumMap<>(Edition.class);

  Labels(Template template) {
    for (Edition e : Edition.values()) {
      Map<String, CellSpec> cells = new HashMap<>();
      for (CellSpec c : template.cells(e)) {
        cells.put(c.id().toString(), c);
      }
      byEdition.put(e, cells);
    }
  }

  /** The cell of the edition, or null when the edition has no such cell. */
  CellSpec cell(Edition edition, String id) {
    return byEdition.get(edition).get(id);
  }

  /** The heading of a cell's table without its numbering (主动公开政府信息情况). */
  static String table(CellSpec c) {
    return c.table().heading().replaceFirst("^[一二三四五六七八九十]+、", "");
  }

  /** The cells of the editions, each id once, by table and then in each edition's order. */
  static List<CellSpec> union(Template template, List<Edition> editions) {
    Map<String, CellSpec> out = new java.util.LinkedHashMap<>();
    List<String> tables = editions.stream().flatMap(e -> template.cells(e).stream()).map(c -> c.id().table())
        .distinct().toList();
    for (String t : tables) {
      for (Edition e : editions) {
        for (CellSpec c : template.cells(e)) {
          if (c.id().table().equals(t)) {
            out.putIfAbsent(c.id().toString(), c);
          }
        }
      }
    }
    return List.copyOf(out.values());
  }
}
