package io.gongkai.model;

import io.gongkai.schema.CellId;
import java.util.List;
import java.util.Objects;

/**
 * One template cell as read from a report.
 *
 * @param value the normalised value; null unless {@code status} is {@link Status#OK}
 * @param raw the printed text, unit included; null when nothing was printed
 * @param candidates for {@link Status#UNCERTAIN}, the values the text allows (may be empty when unknown)
 * @param span where {@code raw} is in the source; null when nothing was printed
 */
public record Cell(CellId id, Status status, String value, String raw, List<String> candidates, SourceSpan span) {
  public Cell {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(status, "status");
    candidates = List.copyOf(candidates);
    if ((status == Status.OK) != (value != null)) {
      throw new IllegalArgumentException(id + ": a value goes with status ok and only with it");
    }
    if (status != Status.UNCERTAIN && !candidates.isEmpty()) {
      throw new IllegalArgumentException(id + ": candidates go with status uncertain only");
    }
  }

  /** A cell the report does not have. */
  public static Cell missing(CellId id) {
    return new Cell(id, Status.MISSING, null, null, List.of(), null);
  }
}
