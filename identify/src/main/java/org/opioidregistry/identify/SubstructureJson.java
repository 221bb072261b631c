package org.opioidregistry.identify;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.opioidregistry.core.structure.Structure;
import org.opioidregistry.core.substructure.SubstructureMatch;
import org.opioidregistry.search.SubstructureHitOfSubstance;
import org.opioidregistry.search.SubstructureResult;

/**
 * Writes a substructure search as one JSON object on one line: the SMARTS, each hit with the
 * zero-based indices of the matched atoms in the substance's registered structure (for
 * highlighting), and how many substances were examined, screened out, and whether the time bound
 * was reached.
 *
 * <p>Stateless and thread-safe.
 */
public final class SubstructureJson {

  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private SubstructureJson() {}

  /**
   * Returns the search result as JSON.
   *
   * @param smarts the query as given
   * @param result the result
   * @return the JSON text
   */
  public static String toJson(String smarts, SubstructureResult result) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.writeStartObject();
      json.writeStringField("smarts", smarts);
      json.writeArrayFieldStart("hits");
      for (SubstructureHitOfSubstance hit : result.hits()) {
        json.writeStartObject();
        json.writeStringField("id", hit.substance().id().value());
        json.writeStringField("name", hit.substance().name());
        // A substructure hit always has a structure.
        Structure structure = hit.substance().structure().orElseThrow();
        json.writeStringField("inchiKey", structure.inchiKey());
        json.writeStringField("smiles", structure.canonicalSmiles());
        JsonShapes.controls(json, hit.substance().controls());
        json.writeArrayFieldStart("atoms");
        SubstructureMatch match = hit.match();
        for (int atom : match.targetAtoms()) {
          json.writeNumber(atom);
        }
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeNumberField("examined", result.examined());
      json.writeNumberField("screenedOut", result.screenedOut());
      json.writeBooleanField("timedOut", result.timedOut());
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
