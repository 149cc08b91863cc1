package io.gongkai.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseLocationTest {
  @TempDir Path dir;

  @Test
  void theOptionWinsThenTheEnvironmentThenTheConfigFileThenTheDataFolder() throws Exception {
    Path config = Files.createDirectories(dir.resolve("config/gongkai")).resolve("gongkai.properties");
    Files.writeString(config, "db=jdbc:postgresql://db.example/gk\ndb.user=gk\ndb.password=pw\n");
    Map<String, String> env = Map.of("XDG_CONFIG_HOME", dir.resolve("config").toString(),
        "XDG_DATA_HOME", dir.resolve("data").toString());

    assertThat(DatabaseLocation.resolve("/x/y", env).url()).startsWith("jdbc:h2:file:/x/y;MODE=PostgreSQL");
    assertThat(DatabaseLocation.resolve(null, Map.of("GONGKAI_DB", "jdbc:postgresql://h/d")).url())
        .isEqualTo("jdbc:postgresql://h/d");
    assertThat(DatabaseLocation.resolve(null, env))
        .isEqualTo(new DatabaseLocation("jdbc:postgresql://db.example/gk", "gk", "pw"));
    Files.delete(config);
    assertThat(DatabaseLocation.resolve("", env).shown())
        .isEqualTo("jdbc:h2:file:" + dir.resolve("data/gongkai/gongkai"));
  }

  @Test
  void anH2FileNamedWithItsSuffixIsTheSameDatabase() {
    assertThat(DatabaseLocation.of("/a/gongkai.mv.db")).isEqualTo(DatabaseLocation.of("/a/gongkai"));
    assertThat(DatabaseLocation.of("jdbc:h2:mem:x").url()).contains("MODE=PostgreSQL");
    assertThat(DatabaseLocation.of("jdbc:h2:mem:x;MODE=Oracle").url()).isEqualTo("jdbc:h2:mem:x;MODE=Oracle");
  }

  @Test
  void passwordsAreNotShown() {
    assertThat(DatabaseLocation.of("jdbc:postgresql://h/d?user=u&password=secret&ssl=true").shown())
        .isEqualTo("jdbc:postgresql://h/d?user=u&password=***&ssl=true");
    assertThatThrownBy(() -> new DatabaseLocation("postgresql://h/d", null, null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
