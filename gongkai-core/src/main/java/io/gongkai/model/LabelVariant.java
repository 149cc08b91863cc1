package io.gongkai.model;

/**
 * A label printed differently from the official template (a typo, an old name, a local variant), found while reading.
 *
 * @param target what the label names: a cell-id prefix such as {@code t3.unable_not_held} or a column
 *     {@code t3.*.social_welfare}
 */
public record LabelVariant(String target, String official, String printed, SourceSpan span) {}
