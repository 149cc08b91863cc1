package io.gongkai.export;

/** Which header row CSV and XLSX tables get. JSON always uses the keys. */
public enum Header {
  /** The ASCII keys ({@code organ,region,…}), the same as the JSON keys: what scripts want. */
  KEYS,
  /** The Chinese names ({@code 机关,地区,…}): what people reading the table in a spreadsheet want. */
  ZH;

  String of(Column c) {
    return this == KEYS ? c.key() : c.zh();
  }
}
