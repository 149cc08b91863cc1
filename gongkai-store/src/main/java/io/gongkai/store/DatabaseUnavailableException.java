package io.gongkai.store;

/** The database cannot be reached or opened: a server that is down, a wrong password, an H2 file in use. */
public class DatabaseUnavailableException extends StoreException {
  private static final long serialVersionUID = 1L;

  /** {@code database} (as shown to people) cannot be opened because of {@code cause}. */
  public DatabaseUnavailableException(String database, Throwable cause) {
    super("无法打开数据库 cannot open database " + database + ": " + rootMessage(cause), cause);
  }

  private static String rootMessage(Throwable t) {
    Throwable root = t;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.toString() : root.getMessage();
  }
}
