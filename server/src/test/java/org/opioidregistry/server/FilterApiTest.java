package org.opioidregistry.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opioidregistry.core.substance.Substance;
import org.opioidregistry.core.substance.SubstanceClass;
import org.opioidregistry.data.ReferenceData;
import org.opioidregistry.identify.Identifier;
import org.opioidregistry.search.Registry;

/**
 * Class and jurisdiction filters over real HTTP on identify, similar, names and substructure: the
 * lists hold only substances that pass (checked against the bundled data's own classes and
 * controls), the verdict and the listed matches stay the whole registry's, the record names the
 * filter, and a bad class or jurisdiction is a 400 error record.
 */
class FilterApiTest {

  /** The bundled substances by id: the facts the answers are checked against. */
  private static final Map<String, Substance> BY_ID =
      ReferenceData.bundled().substances().stream()
          .collect(Collectors.toMap(s -> s.id().value(), Function.identity()));

  private static Registry registry;
  private static RegistryServer server;
  private static Http http;

  @BeforeAll
  static void start() {
    registry = Registry.inMemory(ReferenceData.bundled().substances());
    server = RegistryServer.start(Identifier.over(registry), ServerSettings.defaults().withPort(0));
    http = new Http(server.uri());
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
    registry.close();
  }

  private static SubstanceClass classOf(JsonNode match) {
    return BY_ID.get(match.get("id").asText()).substanceClass();
  }

  @Test
  void aFilterThatExcludesFentanylLeavesFentanylListed() {
    Http.Response r =
        http.post(
            "/api/identify", "{\"query\": \"" + ApiTest.FENTANYL + "\", \"class\": \"nitazene\"}");
    assertEquals(200, r.status(), r.body());
    JsonNode id = r.json();
    assertEquals("LISTED", id.get("verdict").asText(), r.body());
    assertEquals("fentanyl", id.get("listed").get(0).get("id").asText());
    assertEquals("NITAZENE", id.get("settings").get("filter").get("classes").get(0).asText());
    for (JsonNode m : id.get("similar")) {
      assertEquals(SubstanceClass.NITAZENE, classOf(m), m.toString());
    }
  }

  @Test
  void theSimilarListHoldsOnlyTheFilteredClassAndTheVerdictStands() {
    Map<String, String> base = Map.of("q", ApiTest.ANALOGUE, "threshold", "0.2", "top", "50");
    JsonNode whole = http.get("/api/similar", base).json();
    Map<String, String> params = new java.util.HashMap<>(base);
    params.put("class", "fentanyl-precursor");
    Http.Response r = http.get("/api/similar", params);
    assertEquals(200, r.status(), r.body());
    JsonNode narrowed = r.json();
    assertEquals(whole.get("verdict"), narrowed.get("verdict"));
    assertEquals(whole.get("classDefinitions"), narrowed.get("classDefinitions"));
    assertFalse(narrowed.get("similar").isEmpty(), r.body());
    for (JsonNode m : narrowed.get("similar")) {
      assertEquals(SubstanceClass.FENTANYL_PRECURSOR, classOf(m), m.toString());
    }
    assertFalse(whole.get("settings").has("filter"));

    params.put("class", "no-such-class");
    Http.Response bad = http.get("/api/similar", params);
    assertEquals(400, bad.status(), bad.body());
    assertEquals("BAD_PARAMETER", bad.json().get("reason").asText());
  }

  @Test
  void theNamesListIsNarrowedButTheNameStillIdentifies() {
    Http.Response r = http.get("/api/names", Map.of("q", "fentanyl", "class", "nitazene"));
    assertEquals(200, r.status(), r.body());
    JsonNode id = r.json();
    assertEquals("LISTED", id.get("verdict").asText(), r.body());
    for (JsonNode m : id.get("names")) {
      assertEquals(SubstanceClass.NITAZENE, classOf(m), m.toString());
    }
    JsonNode nitazenes =
        http.get("/api/names", Map.of("q", "isotonitazene", "jurisdiction", "UN-1961")).json();
    assertFalse(nitazenes.get("names").isEmpty(), nitazenes.toString());
    for (JsonNode m : nitazenes.get("names")) {
      assertTrue(
          BY_ID.get(m.get("id").asText()).controls().stream()
              .anyMatch(c -> c.jurisdiction().code().equals("UN-1961")),
          m.toString());
    }
  }

  @Test
  void substructureHitsAreFilteredByBodyMembersOrParameters() {
    String benzimidazole = "c1nc2ccccc2n1";
    JsonNode all = http.post("/api/substructure", "{\"smarts\": \"" + benzimidazole + "\"}").json();
    Http.Response r =
        http.post(
            "/api/substructure",
            "{\"smarts\": \"" + benzimidazole + "\", \"class\": [\"nitazene\"]}");
    assertEquals(200, r.status(), r.body());
    JsonNode hits = r.json().get("hits");
    assertFalse(hits.isEmpty(), r.body());
    for (JsonNode h : hits) {
      assertEquals(SubstanceClass.NITAZENE, classOf(h), h.toString());
    }
    long nitazenesInAll =
        java.util.stream.StreamSupport.stream(all.get("hits").spliterator(), false)
            .filter(h -> classOf(h) == SubstanceClass.NITAZENE)
            .count();
    assertEquals(nitazenesInAll, hits.size(), "every nitazene hit, and only those");
    assertTrue(all.get("hits").size() > hits.size(), "the unfiltered search has more");

    Http.Response byParameter =
        http.post("/api/substructure?class=nitazene", "{\"smarts\": \"" + benzimidazole + "\"}");
    assertEquals(hits, byParameter.json().get("hits"));

    Http.Response bad =
        http.post(
            "/api/substructure", "{\"smarts\": \"" + benzimidazole + "\", \"jurisdiction\": 7}");
    assertEquals(400, bad.status(), bad.body());
    Http.Response badCode =
        http.post(
            "/api/substructure",
            "{\"smarts\": \"" + benzimidazole + "\", \"jurisdiction\": \"Atlantis\"}");
    assertEquals(400, badCode.status(), badCode.body());
    assertEquals("BAD_PARAMETER", badCode.json().get("reason").asText());
  }
}
