package io.gongkai.ingest;

import java.util.List;
import java.util.Objects;

/**
 * One slot of a {@link Grid}.
 *
 * @param text the cell's text, trimmed, line breaks inside the cell as {@code \n}; empty for an empty cell (a
 *     {@code &nbsp;} cell included)
 * @param continuation whether this slot is covered by a merged cell that starts above or to the left; such a slot
 *     repeats nothing: its text is empty and the merged cell's text is in the slot where it starts
 * @param candidates for a cell read by OCR without confidence, the readings it allows, best first (the text is the
 *     first); empty when the text is certain
 * @param location where the cell is in the original
 */
public record GridCell(String text, boolean continuation, List<String> candidates, Location location) {
  public GridCell {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(location, "location");
    candidates = List.copyOf(candidates);
    if (continuation && !text.isEmpty()) {
      throw new IllegalArgumentException("a slot covered by a merged cell holds no text: " + text);
    }
  }

  /** A cell read with certainty. */
  public static GridCell of(String text, Location location) {
    return new GridCell(text, false, List.of(), location);
  }

  /** A slot covered by a merged cell that starts elsewhere. */
  public static GridCell covered(Location location) {
    return new GridCell("", true, List.of(), location);
  }

  /** Whether the reading of the text is uncertain. */
  public boolean isUncertain() {
    return !candidates.isEmpty();
  }
}
