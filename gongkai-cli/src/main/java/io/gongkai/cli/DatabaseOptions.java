package io.gongkai.cli;

import io.gongkai.store.DatabaseLocation;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code --db} option of every command that uses the database (import, organs, and later report, export). */
final class DatabaseOptions {
  @Option(names = "--db", paramLabel = "PATH|URL", scope = ScopeType.INHERIT,
      description = {
        "数据库：H2 文件路径或 JDBC URL（如 jdbc:postgresql://host/db?user=…&password=…）；"
            + "默认依次取 GONGKAI_DB 环境变量、配置文件 $XDG_CONFIG_HOME/gongkai/gongkai.properties 中的 db、"
            + "$XDG_DATA_HOME/gongkai/gongkai（即 ~/.local/share/gongkai/gongkai）",
        "database: an H2 file path or a JDBC URL (e.g. jdbc:postgresql://host/db?user=…&password=…); by default"
            + " GONGKAI_DB, else db in $XDG_CONFIG_HOME/gongkai/gongkai.properties, else the H2 file"
            + " $XDG_DATA_HOME/gongkai/gongkai (~/.local/share/gongkai/gongkai)"
      })
  String db;

  /** Where the database is, as the option, the environment and the config file say. */
  DatabaseLocation location() {
    return DatabaseLocation.resolve(db, System.getenv());
  }
}
