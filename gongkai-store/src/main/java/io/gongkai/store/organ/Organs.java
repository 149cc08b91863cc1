package io.gongkai.store.organ;

import io.gongkai.store.internal.Sql;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Finds and creates organs by the key of their printed name, inside the caller's transaction. Two transactions that
 * meet a new organ at once create it once: the alias key is unique, and the loser drops the organ it made.
 */
public final class Organs {
  private Organs() {}

  /** The id of the organ {@code name} names, created (with its name as first alias) when none has its key. */
  public static long resolve(Handle h, OrganName name) {
    Optional<Long> known = byKey(h, name.key());
    if (known.isPresent()) {
      return known.get();
    }
    long organ = h.createUpdate(Sql.get("organ/insert"))
        .bind("name", name.printed())
        .bind("key", name.key())
        .bind("level", name.level().code())
        .bind("region", name.region())
        .executeAndReturnGeneratedKeys("id")
        .mapTo(Long.class)
        .one();
    int added = h.createUpdate(Sql.get("organ/insert_alias"))
        .bind("organ", organ)
        .bind("key", name.key())
        .bind("name", name.printed())
        .execute();
    if (added == 1) {
      return organ;
    }
    h.createUpdate(Sql.get("organ/delete")).bind("organ", organ).execute();
    return byKey(h, name.key()).orElseThrow(() -> new IllegalStateException("alias vanished: " + name.key()));
  }

  /** The organ that has an alias with this key. */
  public static Optional<Long> byKey(Handle h, String key) {
    return h.createQuery(Sql.get("organ/by_key")).bind("key", key).mapTo(Long.class).findOne();
  }
}
