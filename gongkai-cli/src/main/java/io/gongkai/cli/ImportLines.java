package io.gongkai.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.gongkai.imports.FileOutcome;
import io.gongkai.imports.FileOutcome.Kind;
import io.gongkai.imports.ImportSummary;
import io.gongkai.output.Language;
import io.gongkai.store.DatabaseLocation;
import io.gongkai.store.StoreCounts;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Locale;

/** The closing summary of {@code import}: counts of new, unchanged and failed files, the failures, the totals. */
final class ImportLines {
  private final Language lang;

  ImportLines(Language lang) {
    this.lang = lang;
  }

  void print(DatabaseLocation db, ImportSummary s, StoreCounts counts, PrintWriter out) {
    double seconds = s.nanos() / 1e9;
    out.println(lang.pick("新增", "new") + " " + s.count(Kind.ADDED)
        + "  " + lang.pick("未变", "unchanged") + " " + s.count(Kind.UNCHANGED)
        + (s.count(Kind.REREAD) > 0 ? "  " + lang.pick("重读", "reread") + " " + s.count(Kind.REREAD) : "")
        + "  " + lang.pick("失败", "failed") + " " + s.failures().size()
        + "  " + lang.pick("用时", "time") + " " + String.format(Locale.ROOT, "%.1f s", seconds)
        + (seconds > 0 && !s.outcomes().isEmpty()
            ? String.format(Locale.ROOT, " (%.0f %s)", s.outcomes().size() / seconds, lang.pick("份/秒", "files/s"))
            : ""));
    if (!s.failures().isEmpty()) {
      out.println(lang.pick("失败的文件", "failed files") + ":");
      for (FileOutcome f : s.failures()) {
        out.println("  " + f.reason());
      }
    }
    out.println(lang.pick("数据库", "database") + " " + db.shown() + ": "
        + lang.pick("机关", "organs") + " " + counts.organs()
        + "  " + lang.pick("报告", "reports") + " " + counts.reports()
        + "  " + lang.pick("文件", "documents") + " " + counts.documents()
        + "  " + lang.pick("读取记录", "runs") + " " + counts.runs()
        + "  " + lang.pick("问题", "findings") + " " + counts.findings());
  }

  /** {@code {"database", "added", "unchanged", "reread", "failed": [{"file", "reason"}], "counts": {…}}}. */
  static void json(DatabaseLocation db, ImportSummary s, StoreCounts counts, PrintWriter out) {
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.writeStartObject();
      g.writeStringField("database", db.shown());
      g.writeNumberField("added", s.count(Kind.ADDED));
      g.writeNumberField("unchanged", s.count(Kind.UNCHANGED));
      g.writeNumberField("reread", s.count(Kind.REREAD));
      g.writeArrayFieldStart("failed");
      for (FileOutcome f : s.failures()) {
        g.writeStartObject();
        g.writeStringField("file", f.file().toString());
        g.writeStringField("reason", f.reason());
        g.writeBooleanField("internal_error", f.kind() == Kind.INTERNAL_ERROR);
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeObjectFieldStart("counts");
      g.writeNumberField("organs", counts.organs());
      g.writeNumberField("reports", counts.reports());
      g.writeNumberField("documents", counts.documents());
      g.writeNumberField("runs", counts.runs());
      g.writeNumberField("cells", counts.cells());
      g.writeNumberField("findings", counts.findings());
      g.writeEndObject();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println();
  }
}
