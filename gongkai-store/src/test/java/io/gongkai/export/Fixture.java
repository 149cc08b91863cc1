package io.gongkai.export;

import io.gongkai.ingest.TextDocuments;
import io.gongkai.schema.Edition;
import io.gongkai.store.Database;
import io.gongkai.store.NewDocument;
import io.gongkai.store.ReportStore;
import io.gongkai.store.TestReaders;
import io.gongkai.testing.Renderer;
import io.gongkai.testing.ReportGenerator;
import io.gongkai.testing.ReportGenerator.Blanks;
import io.gongkai.testing.SyntheticReport;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Generated reports of a few organs of two provinces, imported into a database, with what each one prints: the
 * export and statistics tests compare what they read back with these known values.
 */
public final class Fixture {
  /** A generated report as stored. */
  public record Imported(SyntheticReport report, long documentId, long runId) {
    /** The value the report prints in a cell (null when blank). */
    public String expected(String cellId) {
      return report.expected(cellId);
    }
  }

  /** The region of the organs of 淮安市 below. */
  public static final String HUAIAN = "淮安市";
  /** The report that breaks H1 (its 一、本年新收 total is 999). */
  public static final String BROKEN = "浙江省杭州市西湖区人民政府";

  private static final List<Object[]> REPORTS = List.of(
      new Object[] {"江苏省淮安市洪泽区人民政府", 2020, Edition.E2019},
      new Object[] {"江苏省淮安市洪泽区人民政府", 2021, Edition.E2021},
      new Object[] {"江苏省淮安市洪泽区财政局", 2021, Edition.E2021},
      new Object[] {"江苏省淮安市清江浦区人民政府", 2022, Edition.E2021},
      new Object[] {"江苏省淮安市人民政府", 2020, Edition.E2019},
      new Object[] {BROKEN, 2021, Edition.E2021});

  private Fixture() {}

  /** Imports the six reports (made from {@code seed}) into {@code db}, in the order above. */
  public static List<Imported> load(Database db, long seed) {
    ReportGenerator generator = new ReportGenerator(seed);
    ReportStore store = new ReportStore(db);
    List<Imported> out = new ArrayList<>();
    for (Object[] r : REPORTS) {
      SyntheticReport made = generator.next((Edition) r[2], Blanks.ANY);
      SyntheticReport report = new SyntheticReport(made.edition(), (Integer) r[1], (String) r[0], made.printed());
      if (r[0].equals(BROKEN)) {
        report = report.withPrinted(Map.of("t3.new_received.total", "999"));
      }
      out.add(add(store, report, "r" + out.size() + ".txt"));
    }
    return out;
  }

  /** Stores one report read by extractor version v1. */
  public static Imported add(ReportStore store, SyntheticReport report, String name) {
    byte[] bytes = Renderer.TAB_SEPARATED.render(report).getBytes(StandardCharsets.UTF_8);
    long doc = store.add(new NewDocument(TextDocuments.sha256(bytes), name, null, null, bytes, false,
        TestReaders.allFormats().read(bytes, name), "v1")).documentId();
    return new Imported(report, doc, store.runs(doc).get(0).id());
  }
}
