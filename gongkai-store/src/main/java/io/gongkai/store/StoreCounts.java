package io.gongkai.store;

/** How many rows each table of the store holds: for summaries, and for tests that an import changed nothing. */
public record StoreCounts(
    long organs, long aliases, long reports, long documents, long contents, long runs, long cells, long findings) {}
