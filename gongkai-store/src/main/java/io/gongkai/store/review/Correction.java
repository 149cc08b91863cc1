package io.gongkai.store.review;

import java.time.OffsetDateTime;

/**
 * A person's correction of one cell of a run, beside the printed value.
 *
 * @param oldValue the value in force before: the printed one, or the previous correction's
 * @param newValue the corrected value; null when the person says the cell holds no value
 */
public record Correction(long id, long runId, String cellId, String oldValue, String newValue, String corrector,
    OffsetDateTime correctedAt, String reason) {}
