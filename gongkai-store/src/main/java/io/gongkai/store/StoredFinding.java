package io.gongkai.store;

import io.gongkai.model.Finding;

/** A stored finding and its id, which review decisions refer to. */
public record StoredFinding(long id, Finding finding) {}
