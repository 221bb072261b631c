package org.opioidregistry.identify;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import org.opioidregistry.core.substance.Control;

/**
 * The JSON shapes several of the identify module's writers share ({@link IdentificationJson},
 * {@link SubstanceJson}, {@link SubstructureJson}, {@link ProvenanceJson}): a list of strings, and
 * the controls, written in one place so that they look the same wherever they appear.
 *
 * <p>Stateless and thread-safe.
 */
final class JsonShapes {

  private JsonShapes() {}

  /** Writes {@code "field": ["a", "b"]}. */
  static void strings(JsonGenerator json, String field, Iterable<String> values)
      throws IOException {
    strings(json, field, values, Function.identity());
  }

  /** Writes {@code "field": [...]}, each value as the string {@code text} makes of it. */
  static <T> void strings(
      JsonGenerator json, String field, Iterable<T> values, Function<? super T, String> text)
      throws IOException {
    json.writeArrayFieldStart(field);
    for (T value : values) {
      json.writeString(text.apply(value));
    }
    json.writeEndArray();
  }

  /** Writes {@code "controlled": ...} and {@code "controls": [...]}, one object per control. */
  static void controls(JsonGenerator json, List<Control> controls) throws IOException {
    json.writeBooleanField("controlled", !controls.isEmpty());
    json.writeArrayFieldStart("controls");
    for (Control c : controls) {
      json.writeStartObject();
      json.writeStringField("jurisdiction", c.jurisdiction().code());
      json.writeStringField("schedule", c.schedule());
      json.writeStringField("since", c.since().text());
      json.writeStringField("certainty", c.since().certainty().name());
      json.writeStringField("instrument", c.instrument().toString());
      json.writeStringField("source", c.source());
      json.writeEndObject();
    }
    json.writeEndArray();
  }
}
