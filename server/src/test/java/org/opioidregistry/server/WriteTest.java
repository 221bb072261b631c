package org.opioidregistry.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opioidregistry.data.ReferenceData;
import org.opioidregistry.identify.Identifier;
import org.opioidregistry.search.Registry;

/**
 * Writes over HTTP on a writable server: the token is needed, and a refused import writes nothing.
 */
class WriteTest {

  /** Ethanol: not in the registry. */
  static final String NEW =
      "{\"id\": \"lab-0001\", \"name\": \"ethanol standard\", \"structure\": \"CCO\"}";

  private Registry registry;
  private RegistryServer server;
  private Http http;
  private String auth;

  @BeforeEach
  void start() {
    registry = Registry.inMemory(ReferenceData.bundled().substances());
    server =
        RegistryServer.start(
            Identifier.over(registry), ServerSettings.defaults().withPort(0).withWritable(true));
    http = new Http(server.uri());
    auth = "Bearer " + server.writeToken().orElseThrow();
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
    registry.close();
  }

  private void assertError(Http.Response r, int status, String reason) {
    assertEquals(status, r.status(), r.body());
    assertEquals(reason, r.json().get("reason").asText(), r.body());
  }

  @Test
  void aWriteWithoutOrWithAWrongTokenIsRefused() {
    int before = registry.size();
    assertError(http.post("/api/substances", NEW), 401, "UNAUTHORIZED");
    assertError(
        http.post("/api/substances", NEW, "Authorization", "Bearer wrong"), 401, "UNAUTHORIZED");
    assertError(http.delete("/api/substances/fentanyl"), 401, "UNAUTHORIZED");
    assertError(http.post("/api/import", "{\"substances\": []}"), 401, "UNAUTHORIZED");
    assertEquals(before, registry.size());
  }

  @Test
  void addReadUpdateRemove() {
    Http.Response added = http.post("/api/substances", NEW, "Authorization", auth);
    assertEquals(201, added.status(), added.body());
    assertEquals("lab-0001", added.json().get("id").asText());
    assertEquals(
        "LFQSCWFLJHTTHZ-UHFFFAOYSA-N", // ethanol (PubChem CID 702)
        http.get("/api/substances/lab-0001").json().get("structure").get("inchiKey").asText());

    Http.Response updated =
        http.put(
            "/api/substances/lab-0001",
            "{\"name\": \"ethanol, absolute\", \"structure\": \"OCC\", \"synonyms\": [\"EtOH\"]}",
            "Authorization",
            auth);
    assertEquals(200, updated.status(), updated.body());
    assertEquals(
        "ethanol, absolute", http.get("/api/substances/lab-0001").json().get("name").asText());

    assertError(http.post("/api/substances", NEW, "Authorization", auth), 409, "DUPLICATE");
    assertEquals(204, http.delete("/api/substances/lab-0001", "Authorization", auth).status());
    assertError(http.get("/api/substances/lab-0001"), 404, "UNKNOWN_ID");
    assertError(http.delete("/api/substances/lab-0001", "Authorization", auth), 404, "UNKNOWN_ID");
    assertError(
        http.put("/api/substances/lab-0001", NEW, "Authorization", auth), 404, "UNKNOWN_ID");
  }

  @Test
  void anImportIsAllOrNothing() {
    int before = registry.size();
    String bad =
        "{\"substances\": ["
            + NEW
            + ", {\"id\": \"lab-0002\", \"name\": \"broken\", \"structure\": \"C1CC\"}]}";
    Http.Response refused = http.post("/api/import", bad, "Authorization", auth);
    assertError(refused, 400, "SYNTAX");
    assertTrue(refused.json().get("message").asText().contains("C1CC"), refused.body());
    assertEquals(before, registry.size(), "nothing written");

    String good =
        "{\"substances\": ["
            + NEW
            + ", {\"id\": \"lab-0002\", \"name\": \"acetone\", \"structure\": \"CC(C)=O\"}]}";
    Http.Response imported = http.post("/api/import", good, "Authorization", auth);
    assertEquals(201, imported.status(), imported.body());
    assertEquals(2, imported.json().get("imported").asInt());
    assertEquals(before + 2, registry.size());
  }
}
