package io.gongkai.output;

import com.fasterxml.jackson.core.JsonGenerator;
import io.gongkai.model.Severity;
import io.gongkai.model.Status;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes batch summaries as a JSON array for scripts: per report {@code file, edition, year, agency, cells{ok, blank,
 * uncertain, missing}, findings{error, warning, info}}, or {@code file, error} for a file that could not be read.
 */
public final class SummaryJson {
  private SummaryJson() {}

  /** Writes the summaries as one JSON array; does not close {@code out}. */
  public static void writeArray(List<ReportSummary> summaries, Writer out) {
    JsonFields.array(summaries, out, SummaryJson::write);
  }

  private static void write(ReportSummary s, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("file", s.file());
    if (s.isFailure()) {
      g.writeStringField("error", s.error());
      g.writeEndObject();
      return;
    }
    g.writeStringField("edition", s.edition());
    JsonFields.nullableInt(g, "year", s.year());
    g.writeStringField("agency", s.agency());
    g.writeObjectFieldStart("cells");
    for (Status status : Status.values()) {
      g.writeNumberField(status.code(), s.cells(status));
    }
    g.writeEndObject();
    g.writeObjectFieldStart("findings");
    for (Severity severity : Severity.values()) {
      g.writeNumberField(severity.code(), s.findings(severity));
    }
    g.writeEndObject();
    g.writeEndObject();
  }
}
