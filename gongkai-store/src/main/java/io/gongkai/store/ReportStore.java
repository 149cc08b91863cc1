package io.gongkai.store;

import io.gongkai.model.Cell;
import io.gongkai.model.Reading;
import io.gongkai.model.Report;
import io.gongkai.store.internal.Conflicts;
import io.gongkai.store.internal.Reports;
import io.gongkai.store.internal.Rows;
import io.gongkai.store.internal.RunWriter;
import io.gongkai.store.internal.Sql;
import io.gongkai.store.organ.OrganName;
import io.gongkai.store.organ.Organs;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * Stores documents with their extraction runs. Each document goes in one transaction — bytes, organ, report, run,
 * cells and findings — so that a crash loses at most the document being written, and the SHA-256 of the bytes is
 * unique, so that storing the same bytes twice, even from two threads at once, stores them once.
 */
public final class ReportStore {
  private static final int ATTEMPTS = 5;

  private final Jdbi jdbi;

  /** A store over {@code db}. */
  public ReportStore(Database db) {
    this.jdbi = db.jdbi();
  }

  /** The id of the stored document with these bytes. */
  public Optional<Long> documentId(String sha256) {
    return jdbi.withHandle(h -> h.createQuery(Sql.get("document/id_by_sha256")).bind("sha256", sha256)
        .mapTo(Long.class).findOne());
  }

  /** Whether the document has a run by this extractor version. */
  public boolean hasRun(long documentId, String extractorVersion) {
    return jdbi.withHandle(h -> hasRun(h, documentId, extractorVersion));
  }

  /** The stored bytes of a document, when they were kept. */
  public Optional<byte[]> content(long documentId) {
    return jdbi.withHandle(h -> h.createQuery(Sql.get("document/content")).bind("document", documentId)
        .mapTo(byte[].class).findOne());
  }

  /** Stores a document and its first run, unless a document with the same bytes is stored already. */
  public Stored add(NewDocument doc) {
    return retrying(() -> jdbi.inTransaction(h -> write(h, doc)), doc.fileName());
  }

  /**
   * Adds a run of a stored document read again (by a newer extractor) and points the document at the report this
   * run names; earlier runs are kept. Does nothing when the document already has a run by this version.
   *
   * @return whether a run was added
   */
  public boolean addRun(long documentId, Report report, String extractorVersion) {
    return retrying(() -> jdbi.inTransaction(h -> {
      if (hasRun(h, documentId, extractorVersion)) {
        return false;
      }
      linkAndWriteRun(h, documentId, report, extractorVersion);
      return true;
    }), "document " + documentId);
  }

  /** The documents that no run of {@code extractorVersion} has read, oldest first. */
  public List<StoredDocument> documentsWithoutRun(String extractorVersion) {
    return jdbi.withHandle(h -> h.createQuery(Sql.get("document/without_version")).bind("version", extractorVersion)
        .map((rs, ctx) -> new StoredDocument(rs.getLong("id"), rs.getString("file_name"), rs.getString("path")))
        .list());
  }

  /** The runs of a document, oldest first. */
  public List<Run> runs(long documentId) {
    return jdbi.withHandle(h -> h.createQuery(Sql.get("run/of_document")).bind("document", documentId)
        .map((rs, ctx) -> Rows.run(rs)).list());
  }

  /** The cells of a run as they were read, in the template's order. */
  public List<Cell> cells(long runId) {
    return jdbi.withHandle(h -> h.createQuery(Sql.get("run/cells")).bind("run", runId)
        .map((rs, ctx) -> Rows.cell(rs)).list());
  }

  /** The findings of a run, in the order the checks gave them. */
  public List<StoredFinding> findings(long runId) {
    return jdbi.withHandle(h -> h.createQuery(Sql.get("run/findings")).bind("run", runId)
        .map((rs, ctx) -> Rows.finding(rs)).list());
  }

  /** How many rows each table holds. */
  public StoreCounts counts() {
    return jdbi.withHandle(h -> h.createQuery(Sql.get("counts")).map((rs, ctx) -> new StoreCounts(
        rs.getLong("organs"), rs.getLong("aliases"), rs.getLong("reports"), rs.getLong("documents"),
        rs.getLong("contents"), rs.getLong("runs"), rs.getLong("cells"), rs.getLong("findings"))).one());
  }

  private static Stored write(Handle h, NewDocument doc) {
    Optional<Long> inserted = h.createUpdate(Sql.get("document/insert"))
        .bind("sha256", doc.sha256())
        .bind("fileName", doc.fileName())
        .bind("path", doc.path())
        .bind("sourceUrl", doc.sourceUrl())
        .bind("format", doc.report().reading().source().format())
        .bind("size", (long) doc.bytes().length)
        .executeAndReturnGeneratedKeys("id")
        .mapTo(Long.class)
        .findOne();
    if (inserted.isEmpty()) {
      long existing = h.createQuery(Sql.get("document/id_by_sha256")).bind("sha256", doc.sha256())
          .mapTo(Long.class).one();
      return new Stored(existing, false);
    }
    long document = inserted.get();
    if (doc.keepBytes()) {
      h.createUpdate(Sql.get("document/insert_content")).bind("document", document).bind("bytes", doc.bytes())
          .execute();
    }
    linkAndWriteRun(h, document, doc.report(), doc.extractorVersion());
    return new Stored(document, true);
  }

  private static void linkAndWriteRun(Handle h, long document, Report report, String version) {
    Reading r = report.reading();
    OrganName organ = r.agency() == null ? null : OrganName.parse(r.agency()).orElse(null);
    if (organ != null && r.year() != null) {
      long reportRow = Reports.of(h, Organs.resolve(h, organ), r.year());
      h.createUpdate(Sql.get("document/set_report")).bind("report", reportRow).bind("document", document).execute();
    }
    RunWriter.insert(h, document, report, version, organ == null ? null : organ.key());
  }

  private static boolean hasRun(Handle h, long documentId, String extractorVersion) {
    return h.createQuery(Sql.get("run/exists")).bind("document", documentId).bind("version", extractorVersion)
        .mapTo(Long.class).one() > 0;
  }

  private static <T> T retrying(java.util.function.Supplier<T> tx, String what) {
    for (int attempt = 1; ; attempt++) {
      try {
        return tx.get();
      } catch (JdbiException e) {
        if (!Conflicts.isRace(e) || attempt == ATTEMPTS) {
          throw new StoreException("无法保存 cannot store " + what + ": " + e.getMessage(), e);
        }
      }
    }
  }
}
