package io.gongkai.stats;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Statistics as one JSON object: {@code by}, {@code rollups}, {@code groups} (each with its keys and figures) and
 * {@code all}. Shares are fractions (0.25), rates per 100 applications; a figure is null when its denominator is 0,
 * and every figure some reports were left out of says how many ({@code left_out}).
 */
public final class StatsJson {
  private StatsJson() {}

  /** Writes {@code s} to {@code out} (which is flushed, not closed). */
  public static void write(StatsResult s, Writer out) {
    try (JsonGenerator g = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter()) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.writeStartObject();
      g.writeArrayFieldStart("by");
      for (GroupBy b : s.by()) {
        g.writeString(b.key());
      }
      g.writeEndArray();
      g.writeArrayFieldStart("rollups");
      for (String r : s.rollups()) {
        g.writeString(r);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("groups");
      for (GroupStats group : s.groups()) {
        group(g, s, group);
      }
      g.writeEndArray();
      g.writeFieldName("all");
      group(g, null, s.all());
      g.writeEndObject();
      g.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void group(JsonGenerator g, StatsResult s, GroupStats x) throws IOException {
    g.writeStartObject();
    if (s != null) {
      for (GroupBy b : s.by()) {
        switch (b) {
          case REGION -> g.writeStringField("region", x.group().region());
          case LEVEL -> g.writeStringField("level", x.group().level() == null ? null : x.group().level().code());
          case YEAR -> g.writeNumberField("year", x.group().year());
        }
      }
    }
    g.writeNumberField("reports", x.reports());
    sum(g, "received", x.received());
    sum(g, "carried_over", x.carriedOver());
    g.writeObjectFieldStart("processed");
    g.writeNumberField("total", x.processed().total());
    g.writeNumberField("left_out", x.processed().leftOut());
    g.writeNumberField("inconsistent", x.inconsistent());
    g.writeEndObject();
    g.writeObjectFieldStart("shares");
    for (var e : x.shares().entrySet()) {
      number(g, e.getKey().key(), e.getValue());
    }
    number(g, "not_disclosed", x.notDisclosed());
    g.writeEndObject();
    rate(g, "reviews_per_100", x.reviewsPer100());
    rate(g, "lawsuits_per_100", x.lawsuitsPer100());
    g.writeObjectFieldStart("error_rates");
    for (var e : x.errorRates().entrySet()) {
      number(g, e.getKey(), e.getValue());
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void sum(JsonGenerator g, String name, GroupStats.Sum s) throws IOException {
    g.writeObjectFieldStart(name);
    g.writeNumberField("total", s.total());
    g.writeNumberField("left_out", s.leftOut());
    g.writeEndObject();
  }

  private static void rate(JsonGenerator g, String name, GroupStats.Rate r) throws IOException {
    g.writeObjectFieldStart(name);
    number(g, "value", r.value());
    g.writeNumberField("count", r.numerator());
    g.writeNumberField("left_out", r.leftOut());
    g.writeEndObject();
  }

  private static void number(JsonGenerator g, String name, Double v) throws IOException {
    if (v == null) {
      g.writeNullField(name);
    } else {
      g.writeNumberField(name, v);
    }
  }
}
