package org.opioidregistry.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opioidregistry.data.ReferenceData;
import org.opioidregistry.identify.Identifier;
import org.opioidregistry.search.Registry;

/**
 * Every read route over real HTTP on a random loopback port, against the bundled registry, with its
 * errors: bad SMILES and SMARTS with their positions, unknown ids, bad parameters, oversized bodies
 * and parameters, unknown routes. Expected chemistry comes from the bundled reference data and the
 * command line's documented output (README), not from the server.
 */
class ApiTest {

  /** The README's unlisted fentanyl analogue: valeryl + 4-fluorophenyl. */
  static final String ANALOGUE = "CCCCC(=O)N(c1ccc(F)cc1)C1CCN(CCc2ccccc2)CC1";

  static final String FENTANYL = "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1";

  private static Registry registry;
  private static RegistryServer server;
  private static Http http;

  @BeforeAll
  static void start() {
    registry = Registry.inMemory(ReferenceData.bundled().substances());
    server =
        RegistryServer.start(
            Identifier.over(registry),
            ServerSettings.defaults().withPort(0).withSizeLimits(64 * 1024, 2_000, 10, 50));
    http = new Http(server.uri());
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
    registry.close();
  }

  private static void assertError(Http.Response r, int status, String reason) {
    assertEquals(status, r.status(), r.body());
    assertTrue(r.contentType().startsWith("application/json"), r.contentType());
    JsonNode e = r.json();
    assertEquals(reason, e.get("reason").asText(), r.body());
    assertFalse(e.get("message").asText().isBlank());
    assertTrue(e.has("position"), "the error record always has a position member: " + r.body());
  }

  @Test
  void listensOnLoopbackOnly() {
    assertEquals("127.0.0.1", server.uri().getHost());
    assertTrue(server.port() > 0);
    assertTrue(server.writeToken().isEmpty(), "read-only by default");
  }

  @Test
  void health() {
    Http.Response r = http.get("/api/health");
    assertEquals(200, r.status());
    assertEquals("ok", r.json().get("status").asText());
    assertEquals(ReferenceData.bundled().substances().size(), r.json().get("substances").asInt());
  }

  @Test
  void identifiesTheReadmeAnalogueAsCoveredWithClauses() {
    Http.Response r = http.post("/api/identify", "{\"query\": \"" + ANALOGUE + "\"}");
    assertEquals(200, r.status(), r.body());
    JsonNode id = r.json();
    assertEquals("COVERED_BY_CLASS_DEFINITION", id.get("verdict").asText());
    assertEquals("LRGKRSJHHVAEAD-UHFFFAOYSA-N", id.get("structure").get("inchiKey").asText());
    List<String> covering = new ArrayList<>();
    for (JsonNode d : id.get("classDefinitions")) {
      if (d.get("coverage").asText().equals("COVERED")) {
        covering.add(d.get("id").asText());
        assertTrue(d.get("clauses").size() > 0, d.toString());
      }
    }
    // README: us-frs, cn-fentanyl-2019 and gb-fentanyl-generic cover it.
    assertTrue(covering.containsAll(List.of("us-frs", "cn-fentanyl-2019")), covering.toString());
    assertTrue(id.get("similar").size() > 0);
  }

  @Test
  void identifiesANameAndABatchWithOneBadQueryInPlace() {
    Http.Response r =
        http.post("/api/identify", "{\"queries\": [\"fentanyl\", \"CC(C\", \"" + FENTANYL + "\"]}");
    assertEquals(200, r.status(), r.body());
    JsonNode results = r.json().get("results");
    assertEquals(3, results.size());
    assertEquals("LISTED", results.get(0).get("verdict").asText());
    assertEquals("SYNTAX", results.get(1).get("error").get("reason").asText());
    assertEquals(2, results.get(1).get("record").asInt());
    assertEquals("LISTED", results.get(2).get("verdict").asText());
  }

  @Test
  void badSmilesIsA400WithItsPosition() {
    Http.Response r = http.post("/api/identify", "{\"query\": \"CC(C\"}");
    assertError(r, 400, "SYNTAX");
    assertTrue(r.json().get("position").isInt(), r.body());

    Http.Response s = http.get("/api/similar", Map.of("q", "c1ccccc1C(=O"));
    assertError(s, 400, "SYNTAX");
    assertTrue(s.json().get("position").isInt(), s.body());
  }

  @Test
  void aPathIsNeverReadAsAFile() {
    // The server's identifier reads text only: a path is a name (or bad input), never a file.
    Http.Response r = http.post("/api/identify", "{\"query\": \"/etc/hostname\"}");
    assertTrue(r.status() == 200 || r.status() == 400, r.body());
    if (r.status() == 200) {
      assertFalse(r.json().get("detectedAs").asText().equals("FILE"), r.body());
    }
  }

  @Test
  void identifyNeedsQueryOrQueries() {
    assertError(http.post("/api/identify", "{}"), 400, "MISSING_MEMBER");
    assertError(http.post("/api/identify", "{\"query\": 3}"), 400, "BAD_MEMBER");
    assertError(http.post("/api/identify", "{\"query\": \"\"}"), 400, "EMPTY");
  }

  @Test
  void tooManyQueriesInABatch() {
    StringBuilder body = new StringBuilder("{\"queries\": [");
    for (int i = 0; i < 11; i++) {
      body.append(i == 0 ? "" : ",").append("\"fentanyl\"");
    }
    assertError(http.post("/api/identify", body.append("]}").toString()), 413, "TOO_MANY");
  }

  @Test
  void similarGivesListedNeighboursBestFirstAndTheThresholdNarrowsThem() {
    Http.Response wide =
        http.get("/api/similar", Map.of("q", ANALOGUE, "threshold", "0.4", "top", "20"));
    assertEquals(200, wide.status(), wide.body());
    JsonNode list = wide.json().get("similar");
    assertTrue(list.size() > 3, wide.body());
    for (int i = 1; i < list.size(); i++) {
      assertTrue(list.get(i - 1).get("score").asDouble() >= list.get(i).get("score").asDouble());
    }
    Http.Response narrow =
        http.get("/api/similar", Map.of("q", ANALOGUE, "threshold", "0.85", "top", "20"));
    JsonNode few = narrow.json().get("similar");
    assertTrue(few.size() < list.size(), narrow.body());
    for (JsonNode m : few) {
      assertTrue(m.get("score").asDouble() >= 0.85);
    }
    Http.Response top2 = http.get("/api/similar", Map.of("q", ANALOGUE, "top", "2"));
    assertEquals(2, top2.json().get("similar").size(), top2.body());
  }

  @Test
  void similarTakesANameAndOtherFingerprints() {
    Http.Response byName = http.get("/api/similar", Map.of("q", "acetylfentanyl", "top", "3"));
    assertEquals(200, byName.status(), byName.body());
    assertEquals("LISTED", byName.json().get("verdict").asText());
    assertTrue(byName.json().get("similar").size() > 0, byName.body());
    Http.Response maccs =
        http.get("/api/similar", Map.of("q", FENTANYL, "fingerprint", "maccs", "top", "3"));
    assertEquals(200, maccs.status(), maccs.body());
    assertEquals("MACCS", maccs.json().get("settings").get("fingerprint").asText());
    for (JsonNode m : maccs.json().get("similar")) {
      assertEquals("MACCS", m.get("fingerprint").asText());
    }
  }

  @Test
  void similarRefusesBadParameters() {
    assertError(http.get("/api/similar"), 400, "MISSING_PARAMETER");
    assertError(
        http.get("/api/similar", Map.of("q", FENTANYL, "threshold", "1.5")), 400, "BAD_PARAMETER");
    assertError(http.get("/api/similar", Map.of("q", FENTANYL, "top", "51")), 400, "BAD_PARAMETER");
    assertError(
        http.get("/api/similar", Map.of("q", FENTANYL, "fingerprint", "md5")),
        400,
        "BAD_PARAMETER");
    assertError(http.get("/api/similar", Map.of("q", "C".repeat(2_001))), 400, "TOO_LONG");
  }

  @Test
  void substructureFindsEveryFentanylWithMatchedAtoms() {
    // 4-anilidopiperidine: N-phenyl amide on piperidine C4.
    Http.Response r =
        http.post("/api/substructure", "{\"smarts\": \"O=CN(c1ccccc1)C1CCNCC1\", \"limit\": 50}");
    assertEquals(200, r.status(), r.body());
    TreeSet<String> ids = new TreeSet<>();
    for (JsonNode hit : r.json().get("hits")) {
      ids.add(hit.get("id").asText());
      // O, C, N, six phenyl and six piperidine atoms.
      assertEquals(15, hit.get("atoms").size(), hit.toString());
    }
    assertTrue(
        ids.containsAll(List.of("fentanyl", "carfentanil", "acetylfentanyl")), ids.toString());
    assertFalse(ids.contains("isotonitazene"));

    Http.Response nitazenes =
        http.post("/api/substructure?class=nitazene", "{\"smarts\": \"O=CN(c1ccccc1)C1CCNCC1\"}");
    assertEquals(200, nitazenes.status(), nitazenes.body());
    assertEquals(0, nitazenes.json().get("hits").size(), "no nitazene is an anilidopiperidine");
    assertError(
        http.post("/api/substructure?class=vitamins", "{\"smarts\": \"C\"}"), 400, "BAD_PARAMETER");
  }

  @Test
  void badSmartsIsA400WithItsPosition() {
    Http.Response r = http.post("/api/substructure", "{\"smarts\": \"c1ccc[\"}");
    assertError(r, 400, "INVALID_SMARTS");
    assertTrue(r.json().get("position").isInt(), r.body());
    assertError(http.post("/api/substructure", "{}"), 400, "MISSING_MEMBER");
  }

  @Test
  void namesSearchAndAutocomplete() {
    Http.Response r = http.get("/api/names", Map.of("q", "carfentanyl"));
    assertEquals(200, r.status(), r.body());
    assertEquals("carfentanil", r.json().get("names").get(0).get("id").asText());
    Http.Response prefix = http.get("/api/names", Map.of("q", "isoton"));
    assertEquals(200, prefix.status(), prefix.body());
    assertEquals("isotonitazene", prefix.json().get("names").get(0).get("id").asText());
  }

  @Test
  void oneSubstanceInFullAndUnknownIds() {
    Http.Response r = http.get("/api/substances/fentanyl");
    assertEquals(200, r.status(), r.body());
    JsonNode s = r.json();
    assertEquals("fentanyl", s.get("id").asText());
    // PubChem CID 3345: InChIKey of fentanyl.
    assertEquals("PJMPHNIQZUBGLI-UHFFFAOYSA-N", s.get("structure").get("inchiKey").asText());
    assertTrue(s.get("controls").size() > 0);
    assertError(http.get("/api/substances/no-such-thing"), 404, "UNKNOWN_ID");
  }

  @Test
  void depictsAStructureOrASubstanceAsSvg() {
    Http.Response r = http.get("/api/depict", Map.of("q", FENTANYL));
    assertEquals(200, r.status(), r.body());
    assertTrue(r.contentType().startsWith("image/svg+xml"), r.contentType());
    assertTrue(r.body().contains("<svg"), r.body());
    assertEquals("structure", r.header("X-Depiction"));
    assertError(http.get("/api/depict", Map.of("id", "nothing-here")), 404, "UNKNOWN_ID");
    assertError(http.get("/api/depict"), 400, "MISSING_PARAMETER");
    assertError(http.get("/api/depict", Map.of("q", "C1CC")), 400, "SYNTAX");
    Http.Response byName = http.get("/api/depict", Map.of("q", "fentanyl citrate"));
    assertEquals(200, byName.status(), byName.body());
    assertError(http.get("/api/depict", Map.of("q", "C22H28N2O")), 422, "NO_STRUCTURE");
  }

  @Test
  void oversizeBodyIsA413BeforeItIsRead() {
    // The declared length alone decides: the body is never sent, let alone read.
    assertError(http.postHeadOnly("/api/identify", 70 * 1024), 413, "BODY_TOO_LARGE");
  }

  @Test
  void malformedJsonIsA400WithItsPosition() {
    Http.Response r = http.post("/api/identify", "{\"query\": \"CCO\",,}");
    assertError(r, 400, "BAD_JSON");
    assertTrue(r.json().get("position").isInt(), r.body());
    assertError(http.post("/api/identify", "[1, 2]"), 400, "BAD_JSON");
  }

  @Test
  void unknownRouteIsAJson404() {
    assertError(http.get("/api/nothing"), 404, "NOT_FOUND");
  }

  @Test
  void writesAreRefusedOnAReadOnlyServer() {
    assertError(
        http.post("/api/substances", "{\"id\": \"x\", \"name\": \"x\", \"structure\": \"CCO\"}"),
        403,
        "READ_ONLY");
    assertError(http.delete("/api/substances/fentanyl"), 403, "READ_ONLY");
    assertEquals(200, http.get("/api/substances/fentanyl").status());
  }

  @Test
  void thePageAndItsEditorAreServedFromTheJar() {
    Http.Response page = http.get("/");
    assertEquals(200, page.status());
    assertTrue(page.body().contains("id=\"query\""), page.body());
    Http.Response editor = http.get("/jsme/jsme.nocache.js");
    assertEquals(200, editor.status(), "JSME is packaged from npm at build time");
  }
}
