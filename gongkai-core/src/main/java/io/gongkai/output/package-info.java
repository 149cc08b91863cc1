/**
 * What gongkai shows: reports as the public JSON of {@code OUTPUT.md} ({@link io.gongkai.output.ReportJson}), as
 * terminal text laid out like the official tables ({@link io.gongkai.output.ReportText}), and batch summaries
 * ({@link io.gongkai.output.ReportSummary}, {@link io.gongkai.output.SummaryJson}). Layouts come from the template
 * registry; nothing here names a row or a column.
 */
package io.gongkai.output;
