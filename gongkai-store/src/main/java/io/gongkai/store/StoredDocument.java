package io.gongkai.store;

/**
 * A stored document as the store knows where it came from.
 *
 * @param path the path it was imported from; null when unknown
 */
public record StoredDocument(long id, String fileName, String path) {}
