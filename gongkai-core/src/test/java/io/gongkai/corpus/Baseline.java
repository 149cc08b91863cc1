package io.gongkai.corpus;

import io.gongkai.model.Cell;
import io.gongkai.model.Finding;
import io.gongkai.model.Report;
import io.gongkai.model.Status;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What gongkai read from one real report, as kept in {@code corpus-baseline.json}: the status counts, every cell read
 * as certain ({@code ok:VALUE} or {@code blank}), and the findings ({@code RULE severity cells}).
 */
public record Baseline(String edition, Integer year, Map<String, Integer> counts, Map<String, String> certain,
    List<String> findings) {

  public static Baseline of(Report report) {
    Map<String, Integer> counts = new TreeMap<>();
    Map<String, String> certain = new LinkedHashMap<>();
    for (Cell c : report.reading().cells()) {
      counts.merge(c.status().code(), 1, Integer::sum);
      if (c.status() == Status.OK) {
        certain.put(c.id().toString(), "ok:" + c.value());
      } else if (c.status() == Status.BLANK) {
        certain.put(c.id().toString(), "blank");
      }
    }
    List<String> findings = new ArrayList<>();
    for (Finding f : report.findings()) {
      findings.add(key(f));
    }
    return new Baseline(report.reading().edition().code(), report.reading().year(), counts, certain, findings);
  }

  static String key(Finding f) {
    return f.rule() + " " + f.severity().code() + " " + String.join(",", f.cells());
  }

  /** What got worse from {@code before} to this reading; empty when nothing did. */
  public List<String> regressionsSince(Baseline before) {
    List<String> out = new ArrayList<>();
    if (!before.edition.equals(edition)) {
      out.add("edition " + before.edition + " → " + edition);
    }
    before.certain.forEach((cell, was) -> {
      String now = certain.get(cell);
      if (!was.equals(now)) {
        out.add(cell + " was " + was + ", now " + (now == null ? "not certain" : now));
      }
    });
    for (String f : before.findings) {
      if (!findings.contains(f)) {
        out.add("finding gone: " + f);
      }
    }
    return out;
  }

  /** What got better: cells newly certain and findings newly raised. */
  public List<String> improvementsSince(Baseline before) {
    List<String> out = new ArrayList<>();
    certain.forEach((cell, now) -> {
      if (!before.certain.containsKey(cell)) {
        out.add(cell + " now " + now);
      }
    });
    findings.stream().filter(f -> !before.findings.contains(f)).forEach(f -> out.add("new finding: " + f));
    return out;
  }

  /**
   * Compares the documents read now with the committed baselines: prints the improvements and returns the
   * regressions, one line per document and change (empty when nothing got worse).
   */
  public static String regressions(Map<String, Baseline> now, Map<String, Baseline> before) {
    StringBuilder regressions = new StringBuilder();
    now.forEach((doc, b) -> {
      b.regressionsSince(before.get(doc)).forEach(w -> regressions.append(doc).append(": ").append(w).append('\n'));
      b.improvementsSince(before.get(doc)).forEach(i -> System.out.println("improved " + doc + ": " + i));
    });
    return regressions.toString();
  }
}
