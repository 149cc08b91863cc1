package io.gongkai.store;

/**
 * What storing a document did.
 *
 * @param documentId the stored document (the one already there when {@code added} is false)
 * @param added false when a document with the same bytes was already stored, so nothing changed
 */
public record Stored(long documentId, boolean added) {}
