package io.gongkai.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.gongkai.compare.CellChange;
import io.gongkai.compare.Changes;
import io.gongkai.model.Finding;
import io.gongkai.output.Language;
import io.gongkai.output.ReportJson;
import io.gongkai.output.ReportText;
import io.gongkai.schema.CellSpec;
import io.gongkai.schema.Template;
import io.gongkai.store.Database;
import io.gongkai.store.StoreException;
import io.gongkai.store.StoredFinding;
import io.gongkai.store.StoredReport;
import io.gongkai.store.StoredReports;
import io.gongkai.store.review.Correction;
import io.gongkai.store.review.Review;
import io.gongkai.store.review.ReviewStore;
import io.gongkai.validate.CrossYearRules;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code gongkai report ORGAN YEAR}: a stored report with its findings, the reviews of them, the corrections of its
 * cells, and what changed since the organ's report for the year before (X1–X5 and the cells whose values moved).
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "显示数据库中某机关某年度的报告：三张表、发现的问题及复核、更正，以及与上一年度的比较（X1–X5、数值变化）。",
      "Shows an organ's stored report for a year: the tables, findings and their reviews, corrections, and the"
          + " comparison with the year before (X1–X5, changed values)."
    },
    footer = {"%n退出码 Exit codes: 0 正常 ok, 2 用法错误 usage, 3 没有该报告或机关名称不明确 no such report or an"
        + " ambiguous organ name, 4 无法打开数据库 cannot open the database"})
final class ReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DatabaseOptions database = new DatabaseOptions();

  @Parameters(index = "0", paramLabel = "ORGAN", description = "机关名称（可用简称或繁体）或编号 organ name (variants accepted) or id")
  String organ;

  @Parameters(index = "1", paramLabel = "YEAR", description = "报告年度 report year")
  int year;

  @Mixin StoreOutputOptions output = new StoreOutputOptions();

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    try (Database db = Database.open(database.location(), 2)) {
      StoredReports reports = new StoredReports(db);
      List<Long> organs = organ.chars().allMatch(Character::isDigit) ? List.of(Long.parseLong(organ))
          : reports.organs(organ);
      if (organs.size() != 1) {
        err.println("gongkai: " + (organs.isEmpty() ? "数据库中没有机关“" + organ + "” no organ named " + organ
            : "机关名称“" + organ + "”不明确，请用编号（gongkai organs）ambiguous organ name; use its id: " + organs));
        return ExitCode.FINDINGS;
      }
      Optional<StoredReport> found = reports.find(organs.get(0), year);
      if (found.isEmpty()) {
        err.println("gongkai: 数据库中没有该机关" + year + "年度的报告 no report of that organ for " + year);
        return ExitCode.FINDINGS;
      }
      StoredReport now = found.get();
      Optional<StoredReport> before = reports.find(now.organId(), year - 1);
      ReviewStore reviews = new ReviewStore(db);
      Shown shown = new Shown(now, before,
          before.map(b -> CrossYearRules.check(b.report().reading(), now.report().reading())).orElse(List.of()),
          before.map(b -> Changes.between(b.report().reading(), now.report().reading())).orElse(List.of()),
          latestReviews(reviews, now), reviews.corrections(now.runId()));
      PrintWriter out = spec.commandLine().getOut();
      if (output.format == OutputFormat.JSON) {
        json(shown, out);
      } else {
        out.print(text(shown, output.language()));
      }
      out.flush();
      return ExitCode.OK;
    } catch (StoreException e) {
      err.println("gongkai: " + e.getMessage());
      return ExitCode.DATABASE;
    }
  }

  /** What the command shows about one report. */
  private record Shown(StoredReport now, Optional<StoredReport> before, List<Finding> crossYear,
      List<CellChange> changes, Map<Long, Review> reviews, List<Correction> corrections) {}

  private static Map<Long, Review> latestReviews(ReviewStore reviews, StoredReport r) {
    Map<Long, Review> latest = new HashMap<>();
    for (StoredFinding f : r.findings()) {
      List<Review> all = reviews.decisions(f.id());
      if (!all.isEmpty()) {
        latest.put(f.id(), all.get(all.size() - 1));
      }
    }
    return latest;
  }

  private static String text(Shown s, Language l) {
    ReportText renderer = new ReportText(l);
    StringBuilder out = new StringBuilder(renderer.render(s.now().report()));
    if (!s.reviews().isEmpty()) {
      out.append('\n').append(l.pick("复核", "Reviews")).append(" (").append(s.reviews().size()).append(")\n");
      for (StoredFinding f : s.now().findings()) {
        Review r = s.reviews().get(f.id());
        if (r != null) {
          out.append("  ").append(f.finding().rule()).append("  ").append(l.pick(r.decision().zh(), r.decision().code()))
              .append("  ").append(r.reviewer()).append("  ").append(r.decidedAt().toLocalDate())
              .append(r.reason() == null ? "" : "  " + r.reason()).append('\n')
              .append("      ").append(l.pick(f.finding().messageZh(), f.finding().messageEn())).append('\n');
        }
      }
    }
    if (!s.corrections().isEmpty()) {
      out.append('\n').append(l.pick("更正", "Corrections")).append(" (").append(s.corrections().size()).append(")\n");
      for (Correction c : s.corrections()) {
        out.append("  ").append(label(c.cellId())).append("  ").append(show(c.oldValue())).append(" → ")
            .append(show(c.newValue())).append("  ").append(c.corrector()).append("  ")
            .append(c.correctedAt().toLocalDate()).append("  ").append(c.reason()).append('\n');
      }
    }
    out.append('\n');
    if (s.before().isEmpty()) {
      out.append(l.pick("数据库中没有上一年度（" + (s.now().year() - 1) + "）的报告，无法跨年核对",
          "No report for " + (s.now().year() - 1) + " is stored: nothing to compare with")).append('\n');
      return out.toString();
    }
    renderer.findings("与上一年度比较", "Compared with the year before", s.crossYear(), out);
    out.append(l.pick("数值变化", "Changed values")).append(" (").append(s.changes().size()).append(")\n");
    for (CellChange c : s.changes()) {
      out.append("  ").append(label(c.cellId())).append("  ").append(show(c.before())).append(" → ")
          .append(show(c.after())).append(c.delta() == null ? "" : "  (" + signed(c.delta()) + ")").append('\n');
    }
    return out.toString();
  }

  private static void json(Shown s, PrintWriter out) {
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeNumberField("organ_id", s.now().organId());
      g.writeStringField("organ", s.now().organ());
      g.writeNumberField("year", s.now().year());
      g.writeFieldName("report");
      ReportJson.write(s.now().report(), g);
      g.writeArrayFieldStart("reviews");
      for (StoredFinding f : s.now().findings()) {
        Review r = s.reviews().get(f.id());
        if (r != null) {
          g.writeStartObject();
          g.writeNumberField("finding", s.now().findings().indexOf(f));
          g.writeStringField("rule", f.finding().rule());
          g.writeStringField("decision", r.decision().code());
          g.writeStringField("reviewer", r.reviewer());
          g.writeStringField("decided_at", r.decidedAt().toString());
          g.writeStringField("reason", r.reason());
          g.writeEndObject();
        }
      }
      g.writeEndArray();
      g.writeArrayFieldStart("corrections");
      for (Correction c : s.corrections()) {
        g.writeStartObject();
        g.writeStringField("cell", c.cellId());
        g.writeStringField("old_value", c.oldValue());
        g.writeStringField("new_value", c.newValue());
        g.writeStringField("corrector", c.corrector());
        g.writeStringField("corrected_at", c.correctedAt().toString());
        g.writeStringField("reason", c.reason());
        g.writeEndObject();
      }
      g.writeEndArray();
      if (s.before().isPresent()) {
        g.writeNumberField("previous_year", s.before().get().year());
      }
      g.writeArrayFieldStart("cross_year_findings");
      for (Finding f : s.crossYear()) {
        ReportJson.finding(f, g);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("changes");
      for (CellChange c : s.changes()) {
        g.writeStartObject();
        g.writeStringField("cell", c.cellId());
        g.writeStringField("before", c.before());
        g.writeStringField("after", c.after());
        g.writeStringField("delta", c.delta() == null ? null : c.delta().toPlainString());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println();
  }

  private static final Map<String, String> LABELS = labels();

  private static Map<String, String> labels() {
    Map<String, String> out = new HashMap<>();
    for (io.gongkai.schema.Edition e : io.gongkai.schema.Edition.values()) {
      Template.standard().edition(e).ifPresent(spec -> {
        for (CellSpec c : spec.cells()) {
          out.putIfAbsent(c.id().toString(), c.row().label() + "·" + c.column().label());
        }
      });
    }
    return out;
  }

  private static String label(String cellId) {
    return LABELS.getOrDefault(cellId, cellId);
  }

  private static String show(String value) {
    return value == null ? ReportText.UNCERTAIN : value;
  }

  private static String signed(java.math.BigDecimal d) {
    return (d.signum() > 0 ? "+" : "") + d.toPlainString();
  }
}
