package io.gongkai.store.review;

import java.time.OffsetDateTime;

/** One decision on a finding; the latest one for a finding stands, the earlier ones are its history. */
public record Review(long id, long findingId, Decision decision, String reviewer, OffsetDateTime decidedAt,
    String reason) {}
