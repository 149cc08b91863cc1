package io.gongkai.model;

/** The document a report was read from: file name, SHA-256 of its bytes, and the format detected from the bytes. */
public record SourceInfo(String file, String sha256, String format) {}
