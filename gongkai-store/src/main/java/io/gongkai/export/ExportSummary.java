package io.gongkai.export;

/** What an export wrote: how many reports, and how many table rows (cells in the long shape, reports in the wide). */
public record ExportSummary(long reports, long rows) {}
