package io.gongkai.model;

/**
 * One of the six sections as found in the report.
 *
 * @param id the official number (一 … 六)
 * @param title the heading as printed
 * @param span where the heading is
 * @param text the section's body text (from the end of the heading to the next heading)
 */
public record Section(String id, String title, SourceSpan span, String text) {}
