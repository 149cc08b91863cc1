package io.gongkai.validate;

import io.gongkai.schema.CellSpec;
import io.gongkai.schema.ColumnSpec;
import io.gongkai.schema.RowSpec;
import io.gongkai.schema.TableSpec;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Names of template parts for messages. Chinese names are the official labels from the template; the template has no
 * English labels, so English names are the ids made readable.
 */
final class Labels {
  private static final Pattern NOTE = Pattern.compile("(?<=.)（[^（）]*）$");
  /** Row labels come from the template: each is shortened once. */
  private static final Map<String, String> ROWS = new ConcurrentHashMap<>();

  private Labels() {}

  /** The row label without its trailing official note, e.g. （二）部分公开 for （二）部分公开（区分处理的…）. */
  static String rowZh(RowSpec row) {
    return ROWS.computeIfAbsent(row.label(), label -> NOTE.matcher(label).replaceFirst(""));
  }

  static String rowEn(RowSpec row) {
    return human(row.id());
  }

  static String columnZh(ColumnSpec column) {
    return column.label();
  }

  static String columnEn(ColumnSpec column) {
    return human(column.id());
  }

  static String cellZh(CellSpec cell) {
    return rowZh(cell.row()) + "·" + columnZh(cell.column());
  }

  static String cellEn(CellSpec cell) {
    return human(cell.row().id()) + " / " + human(cell.column().id());
  }

  /** A table by its section heading (三、收到和处理政府信息公开申请情况), which is how readers know it. */
  static String tableZh(TableSpec table) {
    return table.heading();
  }

  static String tableEn(TableSpec table) {
    return "Table " + table.id().substring(1);
  }

  /** Joins names the Chinese way (顿号). */
  static <T> String listZh(List<T> items, Function<T, String> name) {
    return items.stream().map(name).collect(Collectors.joining("、"));
  }

  static <T> String listEn(List<T> items, Function<T, String> name) {
    return items.stream().map(name).collect(Collectors.joining(", "));
  }

  /** natural_person → natural person; a capital where the English sentence starts with it. */
  static String human(String id) {
    return id.replace('_', ' ');
  }

  static String capitalised(String text) {
    return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
  }
}
