package io.gongkai.extract.internal;

/**
 * A template label found in the text: {@code [start, end)} covers the printed label with its numbering, so that the
 * value region of the row before it ends at {@code start}.
 *
 * @param row the row id for a data-row label, null for captions, groups and headers
 * @param variant the template variant that matched, or null when the official label matched
 */
record Anchor(String row, int start, int end, String variant) {}
