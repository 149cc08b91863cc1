package io.gongkai.export;

/** The shape of an exported table. */
public enum Shape {
  /** Tidy: one row per report and cell, with the cell's labels, value, status and correction. */
  LONG,
  /** One row per report, one column per cell id. */
  WIDE
}
