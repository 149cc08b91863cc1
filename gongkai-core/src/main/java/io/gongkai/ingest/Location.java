package io.gongkai.ingest;

import io.gongkai.model.Box;

/**
 * Where an element of a {@link SourceDocument} sits in the original: the 1-based page and the box on it for paged
 * formats (PDF, scans, images); both null for flowing formats (HTML, Word, text), whose places are given by the
 * offsets of the linearised text.
 */
public record Location(Integer page, Box box) {
  /** The location of an element of a flowing document. */
  public static final Location NONE = new Location(null, null);

  public Location {
    if (page != null && page < 1) {
      throw new IllegalArgumentException("page is 1-based: " + page);
    }
  }

  /** A box on a page. */
  public static Location of(int page, Box box) {
    return new Location(page, box);
  }
}
