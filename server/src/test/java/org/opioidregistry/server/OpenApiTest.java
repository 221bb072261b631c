package org.opioidregistry.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.opioidregistry.data.ReferenceData;
import org.opioidregistry.identify.Identifier;
import org.opioidregistry.search.Registry;

/** The served OpenAPI description names exactly the routes the server serves, no more, no fewer. */
class OpenApiTest {

  @Test
  void describesEveryRouteAndNoOther() throws Exception {
    try (Registry registry = Registry.inMemory(ReferenceData.bundled().substances());
        RegistryServer server =
            RegistryServer.start(
                Identifier.over(registry), ServerSettings.defaults().withPort(0))) {
      Http.Response r = new Http(server.uri()).get("/openapi.json");
      assertEquals(200, r.status());
      JsonNode doc = r.json();
      assertEquals("3.1.0", doc.get("openapi").asText());
      TreeSet<String> described = new TreeSet<>();
      for (Map.Entry<String, JsonNode> path : doc.get("paths").properties()) {
        for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
          described.add(method.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
        }
      }
      assertEquals(new TreeSet<>(server.routeKeys()), described);
    }
  }
}
