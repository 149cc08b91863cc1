package io.gongkai.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.gongkai.model.Cell;
import io.gongkai.model.Finding;
import io.gongkai.model.Reading;
import io.gongkai.model.Report;
import io.gongkai.model.Section;
import io.gongkai.model.SourceInfo;
import io.gongkai.model.SourceSpan;
import io.gongkai.model.Status;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes reports as the public JSON of {@code OUTPUT.md}. Fields are written by hand with a streaming generator, not
 * by data binding, because the field order, the absent-versus-null choices ({@code published}, {@code candidates},
 * {@code page} are left out when empty; other fields are written as null) and the field names are a contract that
 * must not follow the Java records as they change.
 */
public final class ReportJson {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private ReportJson() {}

  /** One report as a pretty-printed JSON object. */
  public static String toJson(Report report) {
    StringWriter out = new StringWriter();
    write(report, out);
    return out.toString();
  }

  /** Writes one report as a JSON object; does not close {@code out}. */
  public static void write(Report report, Writer out) {
    try (JsonGenerator g = generator(out)) {
      write(report, g);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write JSON", e);
    }
  }

  /** Writes several reports as a JSON array (the shape of {@code parse} given several files). */
  public static void writeArray(List<Report> reports, Writer out) {
    JsonFields.array(reports, out, ReportJson::write);
  }

  /** Writes one report as a JSON object into an open generator, for callers that embed it in a larger document. */
  public static void write(Report report, JsonGenerator g) throws IOException {
    Reading r = report.reading();
    g.writeStartObject();
    source(r.source(), g);
    g.writeStringField("edition", r.edition().code());
    JsonFields.nullableInt(g, "year", r.year());
    g.writeStringField("agency", r.agency());
    if (r.published() != null) {
      g.writeStringField("published", r.published().toString());
    }
    g.writeArrayFieldStart("sections");
    for (Section s : r.sections()) {
      section(s, g);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("cells");
    for (Cell c : r.cells()) {
      cell(c, g);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("findings");
    for (Finding f : report.findings()) {
      finding(f, g);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  static JsonGenerator generator(Writer out) throws IOException {
    // The caller owns the writer (often stdout); only the generator is ours to close.
    JsonGenerator g = FACTORY.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    return g.useDefaultPrettyPrinter();
  }

  private static void source(SourceInfo s, JsonGenerator g) throws IOException {
    g.writeObjectFieldStart("source");
    g.writeStringField("file", s.file());
    g.writeStringField("sha256", s.sha256());
    g.writeStringField("format", s.format());
    g.writeEndObject();
  }

  private static void section(Section s, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", s.id());
    g.writeStringField("title", s.title());
    span(s.span(), g);
    g.writeEndObject();
  }

  private static void cell(Cell c, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", c.id().toString());
    g.writeStringField("status", c.status().code());
    g.writeStringField("value", c.value());
    g.writeStringField("raw", c.raw());
    if (c.status() == Status.UNCERTAIN) {
      JsonFields.strings(g, "candidates", c.candidates());
    }
    span(c.span(), g);
    g.writeEndObject();
  }

  /** One finding as in {@code OUTPUT.md}. */
  public static void finding(Finding f, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("rule", f.rule());
    g.writeStringField("severity", f.severity().code());
    JsonFields.strings(g, "cells", f.cells());
    g.writeStringField("expected", f.expected());
    g.writeStringField("actual", f.actual());
    g.writeStringField("message_zh", f.messageZh());
    g.writeStringField("message_en", f.messageEn());
    g.writeEndObject();
  }

  private static void span(SourceSpan s, JsonGenerator g) throws IOException {
    if (s == null) {
      g.writeNullField("span");
      return;
    }
    g.writeObjectFieldStart("span");
    if (s.page() != null) {
      g.writeNumberField("page", s.page());
    }
    g.writeNumberField("line", s.line());
    g.writeNumberField("start", s.start());
    g.writeNumberField("end", s.end());
    if (s.box() != null) {
      // The box on the page (top-left origin; PDF points, or pixels for images), so a viewer can draw it.
      g.writeArrayFieldStart("box");
      g.writeNumber(s.box().x());
      g.writeNumber(s.box().y());
      g.writeNumber(s.box().width());
      g.writeNumber(s.box().height());
      g.writeEndArray();
    }
    g.writeEndObject();
  }
}
