package io.gongkai.store;

import java.time.OffsetDateTime;

/**
 * One stored extraction run: a reading of a document by one extractor version.
 *
 * @param year null when the report year was not recognised
 * @param agency the organ as the title names it; null when not recognised
 */
public record Run(
    long id,
    long documentId,
    String extractorVersion,
    String edition,
    Integer year,
    String agency,
    OffsetDateTime createdAt) {}
