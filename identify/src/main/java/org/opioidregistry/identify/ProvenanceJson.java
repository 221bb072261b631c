package org.opioidregistry.identify;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.LocalDate;
import org.opioidregistry.core.structure.IdentityKeys;

/**
 * Writes a {@link Provenance} as one JSON object, keys in a fixed order (the order of the record's
 * components), so that the same provenance gives the same bytes: for {@link IdentificationJson} to
 * call as the record's {@code "provenance"} member.
 *
 * <p>Stateless and thread-safe.
 */
public final class ProvenanceJson {

  private ProvenanceJson() {}

  /** Writes {@code p} as the next value of {@code json} (an object). */
  public static void write(JsonGenerator json, Provenance p) throws IOException {
    json.writeStartObject();
    json.writeStringField("input", p.input());
    json.writeStringField("inputSha256", p.inputSha256());
    json.writeArrayFieldStart("standardisation");
    for (String step : p.standardisation()) {
      json.writeString(step);
    }
    json.writeEndArray();
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
    json.writeStringField("inchiVersion", p.inchiVersion());
    json.writeStringField("softwareVersion", p.softwareVersion());
    json.writeStringField("gitCommit", p.gitCommit());
    json.writeStringField("cdkVersion", p.cdkVersion());
    json.writeStringField("opsinVersion", p.opsinVersion());
    json.writeStringField("registryContentHash", p.registryContentHash());
    json.writeStringField("dataVersion", p.dataVersion());
    json.writeStringField("fingerprint", p.fingerprintSpec());
    json.writeNumberField("similarityThreshold", p.similarityThreshold());
    json.writeNumberField("similarCount", p.similarCount());
    json.writeArrayFieldStart("classDefinitions");
    for (String d : p.classDefinitions()) {
      json.writeString(d);
    }
    json.writeEndArray();
    if (p.asOf().isPresent()) {
      json.writeStringField("asOf", p.asOf().map(LocalDate::toString).orElseThrow());
    }
    json.writeEndObject();
  }
}
