package io.gongkai.store.organ;

import io.gongkai.store.internal.Sql;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Finds and creates organs by the key of their printed name, inside the caller's transaction. Two transactions that
 * meet a new organ at once create it once: a name not known by its key locks its local key until the transaction
 * ends, and the alias key is unique besides (the loser of a race drops the organ it made).
 */
public final class Organs {
  private Organs() {}

  /**
   * The id of the organ {@code name} names: the one with an alias of the same key; else the only one whose alias
   * nests with it (淮安市洪泽区 and 洪泽区), which gains the name as an alias; else a new organ.
   */
  public static long resolve(Handle h, OrganName name) {
    Optional<Long> known = byKey(h, name.key());
    if (known.isPresent()) {
      return known.get();
    }
    h.createUpdate(Sql.get("organ/claim_local_key")).bind("localKey", name.localKey()).execute();
    h.createQuery(Sql.get("organ/lock_local_key")).bind("localKey", name.localKey()).mapTo(String.class).one();
    known = byKey(h, name.key());
    if (known.isPresent()) {
      return known.get();
    }
    Optional<Long> nesting = nesting(h, name);
    if (nesting.isPresent()) {
      addAlias(h, nesting.get(), name);
      return byKey(h, name.key()).orElseThrow(() -> new IllegalStateException("alias vanished: " + name.key()));
    }
    long organ = h.createUpdate(Sql.get("organ/insert"))
        .bind("name", name.printed())
        .bind("key", name.key())
        .bind("level", name.level().code())
        .bind("region", name.region())
        .executeAndReturnGeneratedKeys("id")
        .mapTo(Long.class)
        .one();
    if (addAlias(h, organ, name)) {
      return organ;
    }
    h.createUpdate(Sql.get("organ/delete")).bind("organ", organ).execute();
    return byKey(h, name.key()).orElseThrow(() -> new IllegalStateException("alias vanished: " + name.key()));
  }

  /** The organ that has an alias with this key. */
  public static Optional<Long> byKey(Handle h, String key) {
    return h.createQuery(Sql.get("organ/by_key")).bind("key", key).mapTo(Long.class).findOne();
  }

  /** Adds {@code name} as an alias of {@code organ}; false when its key is taken (by a concurrent transaction). */
  static boolean addAlias(Handle h, long organ, OrganName name) {
    return h.createUpdate(Sql.get("organ/insert_alias"))
        .bind("organ", organ)
        .bind("key", name.key())
        .bind("localKey", name.localKey())
        .bind("name", name.printed())
        .execute() == 1;
  }

  /** The one organ with an alias that this name's key ends, or that ends this name's key; empty when none or several. */
  private static Optional<Long> nesting(Handle h, OrganName name) {
    List<Long> organs = h.createQuery(Sql.get("organ/by_local_key")).bind("localKey", name.localKey())
        .map((rs, ctx) -> {
          String key = rs.getString("name_key");
          return key.endsWith(name.key()) || name.key().endsWith(key) ? rs.getLong("organ_id") : null;
        })
        .list().stream().filter(java.util.Objects::nonNull).distinct().toList();
    return organs.size() == 1 ? Optional.of(organs.get(0)) : Optional.empty();
  }
}
