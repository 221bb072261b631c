package org.opioidregistry.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.opioidregistry.core.classdef.ClassDefinitions;
import org.opioidregistry.core.classdef.ClassEvaluation;
import org.opioidregistry.core.classdef.SiteChange;
import org.opioidregistry.core.structure.Structure;
import org.opioidregistry.core.structure.StructureParser;
import org.opioidregistry.core.substance.SubstanceId;
import org.opioidregistry.core.substructure.SubstructureQuery;
import org.opioidregistry.data.ReferenceData;
import org.opioidregistry.identify.Identifier;
import org.opioidregistry.search.Registry;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * {@code GET /api/depict} with highlights, over real HTTP: the SVG is parsed, and the atoms drawn
 * in another colour than in the same structure's plain picture are the highlighted ones. They must
 * be exactly the site atoms the class definition reports, one colour per clause, or exactly the
 * atoms the SMARTS matches; the compared substance is named in {@code X-Depiction}.
 */
class DepictTest {

  /** CDK's ids: molecule 1's atom i+1 and bond j+1 (the query is molecule 1). */
  private static final Pattern ID = Pattern.compile("mol1(atm|bnd)(\\d+)");

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

  @Test
  void classDefinitionSitesAreHighlightedClauseByClauseBesideTheNearestListed() throws Exception {
    // The README's analogue: US FRS clauses D (phenyl -> 4-fluorophenyl) and E (propionyl ->
    // valeryl), beside para-fluorobutyrfentanyl, its nearest listed substance (README output).
    Http.Response lit =
        http.get("/api/depict", Map.of("q", ApiTest.ANALOGUE, "highlight", "classdef"));
    assertEquals(200, lit.status(), lit.body());
    assertTrue(lit.contentType().startsWith("image/svg+xml"), lit.contentType());
    assertEquals(
        "classdef; definition=us-frs; compared=para-fluorobutyrfentanyl",
        lit.header("X-Depiction"));

    Structure query = StructureParser.parse(ApiTest.ANALOGUE);
    ClassEvaluation us =
        ClassDefinitions.usFentanylRelatedSubstances().evaluate(query.atomContainer());
    Set<Set<Integer>> expected = new HashSet<>();
    Map<String, Set<Integer>> byClause = new TreeMap<>();
    for (SiteChange c : us.changes()) {
      byClause.computeIfAbsent(c.clause().label(), k -> new TreeSet<>()).addAll(c.atoms());
    }
    expected.addAll(byClause.values());
    assertEquals(Set.of("D", "E"), byClause.keySet(), us.summary());

    Http.Response plain = http.get("/api/depict", Map.of("q", ApiTest.ANALOGUE));
    Map<String, Set<Integer>> drawn = highlighted(plain.body(), lit.body(), query.atomContainer());
    assertEquals(expected, new HashSet<>(drawn.values()), drawn.toString());
    assertEquals(2, drawn.size(), "one colour per clause: " + drawn.keySet());
    String texts = texts(parse(lit.body()));
    for (SiteChange c : us.changes()) {
      assertTrue(texts.contains(c.toString()), "the legend names " + c + ": " + texts);
    }
    assertTrue(parse(lit.body()).getElementsByTagName("*").getLength() > 0);
    assertTrue(lit.body().contains("mol2"), "the compared substance is drawn beside it");

    Http.Response china =
        http.get(
            "/api/depict",
            Map.of(
                "q", ApiTest.ANALOGUE, "highlight", "classdef", "definition", "cn-fentanyl-2019"));
    assertEquals(200, china.status(), china.body());
    assertTrue(china.header("X-Depiction").contains("definition=cn-fentanyl-2019"));
  }

  @Test
  void substructureMatchesAreHighlighted() throws Exception {
    String smarts = "C(=O)N(c1ccccc1)C1CCNCC1";
    Http.Response lit =
        http.get(
            "/api/depict",
            Map.of("id", "carfentanil", "highlight", "substructure", "smarts", smarts));
    assertEquals(200, lit.status(), lit.body());
    assertEquals("substructure", lit.header("X-Depiction"));
    Structure carfentanil =
        ReferenceData.bundled().substances().stream()
            .filter(s -> s.id().equals(SubstanceId.of("carfentanil")))
            .findFirst()
            .orElseThrow()
            .structure()
            .orElseThrow();
    List<Integer> matched =
        SubstructureQuery.smarts(smarts)
            .firstMatch(carfentanil.atomContainer(), Http.guard(Duration.ofSeconds(600)))
            .orElseThrow()
            .targetAtoms();
    Http.Response plain = http.get("/api/depict", Map.of("id", "carfentanil"));
    Map<String, Set<Integer>> drawn =
        highlighted(plain.body(), lit.body(), carfentanil.atomContainer());
    assertEquals(1, drawn.size(), drawn.toString());
    assertEquals(new TreeSet<>(matched), drawn.values().iterator().next());

    Http.Response none =
        http.get(
            "/api/depict",
            Map.of("id", "carfentanil", "highlight", "substructure", "smarts", "[Si]"));
    assertEquals(200, none.status());
    assertEquals("structure; substructure not found", none.header("X-Depiction"));
  }

  @Test
  void badHighlightsAreErrorRecords() {
    assertError(Map.of("q", ApiTest.FENTANYL, "highlight", "C(=O)OC"), 400, "BAD_PARAMETER");
    assertError(
        Map.of("q", ApiTest.FENTANYL, "highlight", "substructure"), 400, "MISSING_PARAMETER");
    assertError(
        Map.of("q", ApiTest.ANALOGUE, "highlight", "classdef", "definition", "xx"),
        400,
        "UNKNOWN_DEFINITION");
    Http.Response r =
        http.get(
            "/api/depict",
            Map.of("q", ApiTest.FENTANYL, "highlight", "substructure", "smarts", "C(=O"));
    assertEquals(400, r.status(), r.body());
    assertEquals("INVALID_SMARTS", r.json().get("reason").asText());
    assertFalse(r.json().get("position").isNull(), r.body());
  }

  private static void assertError(Map<String, String> params, int status, String reason) {
    Http.Response r = http.get("/api/depict", params);
    assertEquals(status, r.status(), r.body());
    assertEquals(reason, r.json().get("reason").asText(), r.body());
  }

  /**
   * Colour to the atoms of molecule 1 drawn in it in {@code lit} but in another colour in {@code
   * plain}: labelled atoms by their own element, the others through the bonds drawn between them.
   */
  static Map<String, Set<Integer>> highlighted(String plain, String lit, IAtomContainer mol)
      throws Exception {
    Map<String, String> before = colours(parse(plain));
    Map<String, String> after = colours(parse(lit));
    Map<String, Set<Integer>> byColour = new TreeMap<>();
    for (Map.Entry<String, String> e : after.entrySet()) {
      if (e.getValue().equals(before.get(e.getKey()))) {
        continue;
      }
      Matcher m = ID.matcher(e.getKey());
      if (!m.matches()) {
        continue;
      }
      int index = Integer.parseInt(m.group(2)) - 1;
      Set<Integer> atoms = byColour.computeIfAbsent(e.getValue(), k -> new TreeSet<>());
      if (m.group(1).equals("atm")) {
        atoms.add(index);
      } else {
        IBond bond = mol.getBond(index);
        atoms.add(bond.getBegin().getIndex());
        atoms.add(bond.getEnd().getIndex());
      }
    }
    return byColour;
  }

  /** Element id to the colours it is drawn in (stroke of lines, fill of glyphs, inherited). */
  static Map<String, String> colours(Document doc) {
    Map<String, String> out = new TreeMap<>();
    NodeList all = doc.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (ID.matcher(e.getAttribute("id")).matches()) {
        out.put(e.getAttribute("id"), colourOf(e));
      }
    }
    return out;
  }

  private static String colourOf(Element e) {
    List<Element> drawn = new java.util.ArrayList<>(List.of(e));
    NodeList inner = e.getElementsByTagName("*");
    for (int i = 0; i < inner.getLength(); i++) {
      drawn.add((Element) inner.item(i));
    }
    Set<String> colours = new TreeSet<>();
    for (Element x : drawn) {
      String tag = x.getLocalName() == null ? x.getTagName() : x.getLocalName();
      String attr =
          switch (tag) {
            case "line", "polyline" -> "stroke";
            case "path", "polygon" -> x.getAttribute("stroke").equals("none") ? "fill" : "stroke";
            default -> null;
          };
      if (attr != null) {
        colours.add(inherited(x, attr).toUpperCase(Locale.ROOT));
      }
    }
    return String.join(" ", colours);
  }

  private static String inherited(Element e, String attr) {
    for (org.w3c.dom.Node n = e; n instanceof Element x; n = n.getParentNode()) {
      if (x.hasAttribute(attr)) {
        return x.getAttribute(attr);
      }
    }
    return "";
  }

  static Document parse(String svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    f.setNamespaceAware(true);
    return f.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
  }

  static String texts(Document doc) {
    StringBuilder out = new StringBuilder();
    NodeList texts = doc.getElementsByTagNameNS("*", "text");
    for (int i = 0; i < texts.getLength(); i++) {
      out.append(texts.item(i).getTextContent()).append('\n');
    }
    return out.toString();
  }
}
