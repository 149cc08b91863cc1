/**
 * Exports of the stored reports for people and programs: a tidy long table (one row per report and cell, with the
 * template's Chinese labels, the printed value, its status and a person's correction beside it) and a wide table (one
 * row per report, one column per cell id), as CSV (UTF-8 with BOM), XLSX or JSON, filtered by region, level, year,
 * edition and rule. Rows are streamed from the database to the file, so the size of an export is not bounded by the
 * heap. Which reading stands for a report is said in {@code sql/export/reports.sql}.
 */
package io.gongkai.export;
