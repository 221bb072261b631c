package org.opioidregistry.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opioidregistry.data.ReferenceData;
import org.opioidregistry.identify.Identifier;
import org.opioidregistry.report.CaseReport;
import org.opioidregistry.search.Registry;
import org.w3c.dom.Document;

/**
 * {@code POST /api/report} over real HTTP: a JSON body or the page's form gives the report module's
 * HTML document (parsed as XML: it is well-formed), with the verdicts the README documents for its
 * two report queries, the disclaimer, an escaped title, and a policy that loads nothing; a query
 * that cannot be read refuses the whole report, naming which.
 */
class ReportTest {

  private static Registry registry;
  private static RegistryServer server;
  private static Http http;

  @BeforeAll
  static void start() {
    registry = Registry.inMemory(ReferenceData.bundled().substances());
    server =
        RegistryServer.start(
            Identifier.over(registry),
            ServerSettings.defaults().withPort(0).withSizeLimits(1 << 20, 10_000, 3, 50));
    http = new Http(server.uri());
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
    registry.close();
  }

  @Test
  void aJsonBodyGivesTheCaseReportOfEveryQuery() throws Exception {
    String hostile = "Case 2026/117 <script>document.title='pwned'</script>";
    Http.Response r =
        http.post(
            "/api/report",
            Http.JSON
                .createObjectNode()
                .put("title", hostile)
                .set(
                    "queries",
                    Http.JSON.createArrayNode().add(ApiTest.ANALOGUE).add("fentanil citrate"))
                .toString());
    assertEquals(200, r.status(), r.body());
    assertTrue(r.contentType().startsWith("text/html"), r.contentType());
    assertTrue(r.header("Content-Security-Policy").startsWith("default-src 'none'"));
    Document doc = xml(r.body());
    String text = doc.getDocumentElement().getTextContent();
    // The README: the analogue is covered by class definitions, fentanil citrate is fentanyl.
    assertTrue(text.contains("COVERED_BY_CLASS_DEFINITION"), text);
    assertTrue(text.contains("LISTED"), text);
    assertTrue(text.contains("Fentanyl"), text);
    assertTrue(text.contains(hostile), "the title is shown as text");
    assertEquals(0, doc.getElementsByTagName("script").getLength(), "no script, the title's none");
    assertTrue(
        text.replaceAll("\\s+", " ").contains(CaseReport.DISCLAIMER.replaceAll("\\s+", " ")),
        "the disclaimer");
  }

  @Test
  void thePagesFormGivesTheSameReport() throws Exception {
    String form =
        "query="
            + URLEncoder.encode(ApiTest.FENTANYL, StandardCharsets.UTF_8)
            + "&title="
            + URLEncoder.encode("Case 9", StandardCharsets.UTF_8);
    Http.Response r = http.postAs("/api/report", "application/x-www-form-urlencoded", form);
    assertEquals(200, r.status(), r.body());
    String text = xml(r.body()).getDocumentElement().getTextContent();
    assertTrue(text.contains("Case 9"), text);
    assertTrue(text.contains("LISTED"), text);
  }

  /**
   * The report as XML (it is well-formed), its HTML doctype (which XML parsers refuse) left out.
   */
  private static Document xml(String html) throws Exception {
    assertTrue(html.startsWith("<!DOCTYPE html>"), html.substring(0, Math.min(80, html.length())));
    return DepictTest.parse(html.substring("<!DOCTYPE html>".length()));
  }

  @Test
  void aQueryThatCannotBeReadRefusesTheReportNamingIt() {
    Http.Response r =
        http.post("/api/report", "{\"queries\": [\"" + ApiTest.FENTANYL + "\", \"C1CC(\"]}");
    assertEquals(400, r.status(), r.body());
    assertTrue(r.json().get("message").asText().startsWith("query 2:"), r.body());
    assertFalse(r.json().get("position").isNull(), r.body());

    Http.Response tooMany =
        http.post("/api/report", "{\"queries\": [\"CCO\", \"CCN\", \"CCC\", \"CCS\"]}");
    assertEquals(413, tooMany.status(), tooMany.body());
    assertEquals("TOO_MANY", tooMany.json().get("reason").asText());
    Http.Response none = http.post("/api/report", "{\"title\": \"empty\"}");
    assertEquals(400, none.status(), none.body());
    assertEquals("MISSING_MEMBER", none.json().get("reason").asText());
    Http.Response format =
        http.post("/api/report?format=docx", "{\"query\": \"" + ApiTest.FENTANYL + "\"}");
    assertEquals(400, format.status(), format.body());
  }
}
