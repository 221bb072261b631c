package org.opioidregistry.identify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opioidregistry.core.structure.Structure;
import org.opioidregistry.core.structure.StructureParser;

class ProvenanceTest {

  private static final String INPUT = "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1.Cl";

  private static Provenance provenance() {
    Structure s = StructureParser.parse(INPUT);
    return Provenance.of(
        INPUT,
        Optional.of(s),
        ProvenanceContext.of("ab".repeat(32), "bundled", IdentifierSettings.defaults()));
  }

  @Test
  void itNamesTheInputItsHashAndWhatWasDone() {
    Provenance p = provenance();
    assertEquals(INPUT, p.input());
    // sha256sum of the UTF-8 bytes, checked with coreutils: printf '%s' "$INPUT" | sha256sum
    assertEquals(
        "42b6a89b5377133471e3cb0610909b8f066a4607bce284e0393e308a8a676f8d", p.inputSha256());
    assertEquals(java.util.List.of("removed: hydrogen chloride"), p.standardisation());
    assertEquals("PJMPHNIQZUBGLI-UHFFFAOYSA-N", p.identityKeys().orElseThrow().full());
    assertTrue(p.context().inchiVersion().matches("\\d+\\.\\d+.*"), p.context().inchiVersion());
    assertEquals("2.12", p.context().cdkVersion());
    assertTrue(
        p.context().fingerprintSpec().startsWith("ecfp4/2048/"), p.context().fingerprintSpec());
    assertTrue(
        p.context().classDefinitions().stream().anyMatch(d -> d.startsWith("us-frs@")),
        p.context().classDefinitions().toString());
  }

  @Test
  void theBuildNamesItsVersionAndCommit() {
    Provenance p = provenance();
    assertEquals("0.1.0-SNAPSHOT", p.context().softwareVersion());
    // Built from a git checkout here, so the commit is a full hash.
    assertTrue(p.context().gitCommit().matches("[0-9a-f]{40}"), p.context().gitCommit());
  }

  @Test
  void theJsonHasEveryFieldInAFixedOrder() throws Exception {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
      ProvenanceJson.write(json, provenance());
    }
    String first = out.toString();
    JsonNode node = new ObjectMapper().readTree(first);
    assertEquals(INPUT, node.get("input").asText());
    assertEquals("PJMPHNIQZUBGLI", node.get("identityKeys").get("connectivity").asText());
    java.util.List<String> keys = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(keys::add);
    assertEquals(
        java.util.List.of(
            "input",
            "inputSha256",
            "standardisation",
            "identityKeys",
            "inchiVersion",
            "softwareVersion",
            "gitCommit",
            "cdkVersion",
            "opsinVersion",
            "registryContentHash",
            "dataVersion",
            "fingerprint",
            "similarityThreshold",
            "similarCount",
            "classDefinitions"),
        keys);
    StringWriter again = new StringWriter();
    try (JsonGenerator json = new JsonFactory().createGenerator(again)) {
      ProvenanceJson.write(json, provenance());
    }
    assertEquals(first, again.toString());
  }
}
