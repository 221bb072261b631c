package org.opioidregistry.identify;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.opioidregistry.core.structure.Structure;
import org.opioidregistry.core.substance.Code;
import org.opioidregistry.core.substance.Substance;

/**
 * Writes a registered substance in full as one JSON object on one line: names, codes, structure,
 * class, controls, sources. The control objects have the same shape as in {@link
 * IdentificationJson}: one writer makes both.
 *
 * <pre>{@code
 * String line = SubstanceJson.toJson(registry.get(SubstanceId.of("carfentanil")).orElseThrow());
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class SubstanceJson {

  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private SubstanceJson() {}

  /**
   * Returns the substance as a JSON object on one line.
   *
   * @param s the substance
   * @return the JSON text
   */
  public static String toJson(Substance s) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.writeStartObject();
      json.writeStringField("id", s.id().value());
      json.writeStringField("name", s.name());
      JsonShapes.strings(json, "synonyms", s.synonyms());
      json.writeArrayFieldStart("codes");
      for (Code code : s.codes()) {
        json.writeStartObject();
        json.writeStringField("type", code.type().name());
        json.writeStringField("value", code.value());
        json.writeEndObject();
      }
      json.writeEndArray();
      if (s.hasStructure()) {
        Structure structure = s.structure().get();
        json.writeObjectFieldStart("structure");
        json.writeStringField("smiles", structure.canonicalSmiles());
        json.writeStringField("inchiKey", structure.inchiKey());
        json.writeStringField("formula", structure.formula());
        json.writeNumberField("monoisotopicMass", structure.monoisotopicMass());
        json.writeEndObject();
      } else {
        json.writeNullField("structure");
      }
      json.writeStringField("class", s.substanceClass().name());
      JsonShapes.controls(json, s.controls());
      JsonShapes.strings(json, "sources", s.sources());
      json.writeStringField("notes", s.notes());
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
