package io.gongkai.output;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/** Small field writers shared by the JSON shapes of this package. */
final class JsonFields {
  private JsonFields() {}

  /** Writes one JSON value into a generator. */
  @FunctionalInterface
  interface ItemWriter<T> {
    void write(T item, JsonGenerator g) throws IOException;
  }

  /** Writes {@code items} as one JSON array to {@code out}, leaving {@code out} open. */
  static <T> void array(List<T> items, Writer out, ItemWriter<T> writer) {
    try (JsonGenerator g = ReportJson.generator(out)) {
      g.writeStartArray();
      for (T item : items) {
        writer.write(item, g);
      }
      g.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write JSON", e);
    }
  }

  static void nullableInt(JsonGenerator g, String name, Integer value) throws IOException {
    if (value == null) {
      g.writeNullField(name);
    } else {
      g.writeNumberField(name, value);
    }
  }

  static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }
}
