package org.opioidregistry.identify;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.LocalDate;
import org.opioidregistry.core.structure.IdentityKeys;

/**
 * Writes a {@link Provenance} as one JSON object, keys in a fixed order (the order of the record's
 * components, the context's flattened in), so that the same provenance gives the same bytes: for
 * {@link IdentificationJson} to call as the record's {@code "provenance"} member.
 *
 * <p>Stateless and thread-safe.
 */
final class ProvenanceJson {

  private ProvenanceJson() {}

  /** Writes {@code p} as the next value of {@code json} (an object). */
  static void write(JsonGenerator json, Provenance p) throws IOException {
    json.writeStartObject();
    json.writeStringField("input", p.input());
    json.writeStringField("inputSha256", p.inputSha256());
    JsonShapes.strings(json, "standardisation", p.standardisation());
    if (p.identityKeys().isPresent()) {
      IdentityKeys k = p.identityKeys().get();
      json.writeObjectFieldStart("identityKeys");
      json.writeStringField("formula", k.formula());
      json.writeStringField("connectivity", k.connectivity());
      json.writeStringField("tautomer", k.tautomer());
      json.writeStringField("stereoInsensitive", k.stereoInsensitive());
      json.writeStringField("isotopeInsensitive", k.isotopeInsensitive());
      json.writeStringField("full", k.full());
      json.writeEndObject();
    }
    ProvenanceContext c = p.context();
    json.writeStringField("inchiVersion", c.inchiVersion());
    json.writeStringField("softwareVersion", c.softwareVersion());
    json.writeStringField("gitCommit", c.gitCommit());
    json.writeStringField("cdkVersion", c.cdkVersion());
    json.writeStringField("opsinVersion", c.opsinVersion());
    json.writeStringField("registryContentHash", c.registryContentHash());
    json.writeStringField("dataVersion", c.dataVersion());
    json.writeStringField("fingerprint", c.fingerprintSpec());
    json.writeNumberField("similarityThreshold", c.similarityThreshold());
    json.writeNumberField("similarCount", c.similarCount());
    JsonShapes.strings(json, "classDefinitions", c.classDefinitions());
    if (c.asOf().isPresent()) {
      json.writeStringField("asOf", c.asOf().map(LocalDate::toString).orElseThrow());
    }
    json.writeEndObject();
  }
}
