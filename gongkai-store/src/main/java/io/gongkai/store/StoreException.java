package io.gongkai.store;

import io.gongkai.GongkaiException;

/**
 * The database cannot be opened, migrated or written. The message names the database (never its password) and what
 * was being done.
 */
public class StoreException extends GongkaiException {
  private static final long serialVersionUID = 1L;

  /** A failure described by {@code message}. */
  public StoreException(String message) {
    super(message);
  }

  /** A failure described by {@code message}, caused by {@code cause}. */
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
