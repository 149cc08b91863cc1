package io.gongkai.export;

import io.gongkai.model.Status;
import java.util.Objects;

/**
 * One cell of a report as stored: the printed (normalised) value and its status, and beside it the correction in
 * force, if a person made one. The correction never replaces the value.
 *
 * @param value null unless the status is {@code ok}
 * @param corrected whether a person corrected the cell
 * @param correction the corrected value; null when none, or when the person said the cell holds no value
 */
public record ExportCell(String id, Status status, String value, boolean corrected, String correction) {
  public ExportCell {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(status, "status");
    if (!corrected && correction != null) {
      throw new IllegalArgumentException("a correction without the corrected flag: " + id);
    }
  }
}
