package io.gongkai.store.organ;

import io.gongkai.store.Database;
import io.gongkai.store.StoreException;
import io.gongkai.store.internal.Reports;
import io.gongkai.store.internal.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Organs as people look after them: list them, merge two that are one (the reports of one move under the other, its
 * names become aliases), split one that is two (the documents read under an alias move to an organ of their own),
 * and set a level the name got wrong. Each change is one transaction.
 */
public final class OrganStore {
  private final Jdbi jdbi;

  /** A store over {@code db}. */
  public OrganStore(Database db) {
    this.jdbi = db.jdbi();
  }

  /** Every organ with its aliases, oldest first. */
  public List<Organ> list() {
    return jdbi.withHandle(h -> {
      Map<Long, List<String>> aliases = new HashMap<>();
      h.createQuery(Sql.get("organ/aliases"))
          .map((rs, ctx) -> Map.entry(rs.getLong("organ_id"), rs.getString("name"))).list()
          .forEach(a -> aliases.computeIfAbsent(a.getKey(), k -> new ArrayList<>()).add(a.getValue()));
      return h.createQuery(Sql.get("organ/list"))
          .map((rs, ctx) -> organ(rs, aliases.getOrDefault(rs.getLong("id"), List.of()))).list();
    });
  }

  /** One organ. */
  public Optional<Organ> get(long id) {
    return list().stream().filter(o -> o.id() == id).findFirst();
  }

  /**
   * Merges organ {@code absorbed} into {@code kept}: its reports move under {@code kept} (a year both have becomes one
   * report holding the documents of both), its aliases and sub-organs follow, and it is deleted.
   */
  public void merge(long kept, long absorbed) {
    if (kept == absorbed) {
      throw new StoreException("不能把机关并入自身 cannot merge organ " + kept + " into itself");
    }
    jdbi.useTransaction(h -> {
      require(h, kept);
      require(h, absorbed);
      for (Map.Entry<Long, Integer> report : reports(h, absorbed).entrySet()) {
        Optional<Long> same = Reports.find(h, kept, report.getValue());
        if (same.isPresent()) {
          h.createUpdate(Sql.get("document/move_report")).bind("to", same.get()).bind("from", report.getKey())
              .execute();
          h.createUpdate(Sql.get("report/delete")).bind("report", report.getKey()).execute();
        } else {
          h.createUpdate(Sql.get("report/move")).bind("organ", kept).bind("report", report.getKey()).execute();
        }
      }
      h.createUpdate(Sql.get("organ/move_aliases")).bind("to", kept).bind("from", absorbed).execute();
      h.createUpdate(Sql.get("organ/move_children")).bind("to", kept).bind("from", absorbed).execute();
      h.createUpdate(Sql.get("organ/delete")).bind("organ", absorbed).execute();
    });
  }

  /**
   * Splits the alias printed as {@code aliasName} off its organ: a new organ gets the alias and the documents whose
   * reading names it. Returns the new organ's id.
   */
  public long split(String aliasName) {
    OrganName name = OrganName.of(aliasName);
    return jdbi.inTransaction(h -> {
      long from = h.createQuery(Sql.get("organ/alias")).bind("key", name.key()).map((rs, ctx) -> rs.getLong("organ_id"))
          .findOne().orElseThrow(() -> new StoreException("没有这个机关名称 no organ is named " + aliasName));
      if (h.createQuery(Sql.get("organ/alias_count")).bind("organ", from).mapTo(Long.class).one() < 2) {
        throw new StoreException("该机关只有这一个名称，无法拆分 organ " + from + " has no other name: " + aliasName);
      }
      long to = h.createUpdate(Sql.get("organ/insert")).bind("name", name.printed()).bind("key", name.key())
          .bind("level", name.level().code()).bind("region", name.region())
          .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
      h.createUpdate(Sql.get("organ/move_alias")).bind("to", to).bind("key", name.key()).execute();
      List<long[]> documents = h.createQuery(Sql.get("document/of_organ_key")).bind("organ", from)
          .bind("key", name.key())
          .map((rs, ctx) -> new long[] {rs.getLong("document_id"), rs.getInt("report_year")}).list();
      for (long[] d : documents) {
        long report = Reports.of(h, to, (int) d[1]);
        h.createUpdate(Sql.get("document/set_report")).bind("report", report).bind("document", d[0]).execute();
      }
      h.createUpdate(Sql.get("report/delete_empty")).bind("organ", from).execute();
      return to;
    });
  }

  /** Sets an organ's level by hand; inference never overwrites it. */
  public void setLevel(long organ, Level level) {
    jdbi.useTransaction(h -> {
      require(h, organ);
      h.createUpdate(Sql.get("organ/set_level")).bind("level", level.code()).bind("organ", organ).execute();
    });
  }

  private static Map<Long, Integer> reports(Handle h, long organ) {
    Map<Long, Integer> out = new HashMap<>();
    h.createQuery(Sql.get("organ/reports")).bind("organ", organ)
        .map((rs, ctx) -> Map.entry(rs.getLong("id"), rs.getInt("report_year"))).list()
        .forEach(r -> out.put(r.getKey(), r.getValue()));
    return out;
  }

  private static void require(Handle h, long organ) {
    if (h.createQuery(Sql.get("organ/get")).bind("organ", organ).mapToMap().findOne().isEmpty()) {
      throw new StoreException("没有这个机关 no organ with id " + organ);
    }
  }

  private static Organ organ(ResultSet rs, List<String> aliases) throws SQLException {
    long parent = rs.getLong("parent_id");
    Long parentId = rs.wasNull() ? null : parent;
    String level = rs.getString("level");
    return new Organ(rs.getLong("id"), rs.getString("name"), level == null ? null : Level.of(level),
        "person".equals(rs.getString("level_set_by")), rs.getString("region"), parentId, rs.getLong("reports"),
        aliases);
  }
}
