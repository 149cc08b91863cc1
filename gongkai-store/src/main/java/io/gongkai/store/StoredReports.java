package io.gongkai.store;

import io.gongkai.extract.Extractor;
import io.gongkai.model.Reading;
import io.gongkai.model.Report;
import io.gongkai.model.SourceInfo;
import io.gongkai.schema.Edition;
import io.gongkai.store.internal.Sql;
import io.gongkai.store.organ.OrganName;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Looks stored reports up by organ and year, as a person names them. */
public final class StoredReports {
  private final Jdbi jdbi;
  private final ReportStore store;

  public StoredReports(Database db) {
    this.jdbi = db.jdbi();
    this.store = new ReportStore(db);
  }

  /**
   * The organs a printed name can mean (its variants included: 人民政府 or not, traditional script, with or without the
   * higher units); more than one when the name is ambiguous.
   */
  public List<Long> organs(String name) {
    OrganName n;
    try {
      n = OrganName.of(name);
    } catch (IllegalArgumentException e) {
      return List.of();
    }
    return jdbi.withHandle(h -> h.createQuery(Sql.get("organ/by_name_key")).bind("key", n.key())
        .bind("localKey", n.localKey()).mapTo(Long.class).list());
  }

  /** The organ's report for a year, as its newest run read it; empty when none is stored. */
  public Optional<StoredReport> find(long organId, int year) {
    return jdbi.withHandle(h -> {
      Optional<Long> report = h.createQuery(Sql.get("report/find")).bind("organ", organId).bind("year", year)
          .mapTo(Long.class).findOne();
      if (report.isEmpty()) {
        return Optional.empty();
      }
      return h.createQuery(Sql.get("report/latest_run")).bind("report", report.get())
          .map((rs, ctx) -> new RunText(rs.getLong("id"), rs.getString("text"),
              new SourceInfo(rs.getString("file_name"), rs.getString("sha256"), rs.getString("format"))))
          .findOne().map(run -> load(h, organId, year, run));
    });
  }

  private StoredReport load(Handle h, long organId, int year, RunText run) {
    String organ = h.createQuery(Sql.get("organ/get")).bind("organ", organId).map((rs, ctx) -> rs.getString("name"))
        .one();
    // Cells and findings are as stored; sections are found again in the stored text (the text the spans point into).
    Reading again = new Extractor().read(run.text(), run.source());
    Run stored = store.runs(documentOf(h, run.id())).stream().filter(r -> r.id() == run.id()).findFirst()
        .orElseThrow();
    Edition edition = java.util.Arrays.stream(Edition.values()).filter(e -> e.code().equals(stored.edition()))
        .findFirst().orElse(again.edition());
    Reading reading = new Reading(run.source(), run.text(), edition, again.editionMarkers(), stored.year(),
        stored.agency(), again.published(), again.sections(), store.cells(run.id()), again.labelVariants(),
        again.tablesFound());
    List<StoredFinding> findings = store.findings(run.id());
    Report report = new Report(reading, findings.stream().map(StoredFinding::finding).toList());
    return new StoredReport(organId, organ, year, run.id(), report, findings);
  }

  private static long documentOf(Handle h, long runId) {
    return h.createQuery(Sql.get("run/document")).bind("run", runId).mapTo(Long.class).one();
  }

  private record RunText(long id, String text, SourceInfo source) {}
}
