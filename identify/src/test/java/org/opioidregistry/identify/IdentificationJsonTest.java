package org.opioidregistry.identify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opioidregistry.core.mass.Adduct;

/**
 * Real output of {@link IdentificationJson} validated against the checked-in JSON Schema, for every
 * query kind and verdict and for error records; and the output is the same bytes every time.
 */
class IdentificationJsonTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static Identifier identifier;
  private static JsonSchema schema;

  @BeforeAll
  static void open() throws Exception {
    identifier = Identifier.bundled();
    try (InputStream in =
        IdentificationJson.class.getResourceAsStream(IdentificationJson.SCHEMA_RESOURCE)) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
  }

  @AfterAll
  static void close() throws Exception {
    identifier.registry().close();
  }

  private static List<Identification> examples() {
    List<Identification> all = new ArrayList<>();
    for (String q :
        List.of(
            IdentifierTest.FENTANYL + ".Cl",
            "CCC(=O)N(c1c([2H])c([2H])c([2H])c([2H])c1[2H])C1CCN(CCc2ccccc2)CC1",
            "CCCCC(=O)N(c1ccc(F)cc1)C1CCN(CCc2ccccc2)CC1",
            "CCC(=S)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1",
            "Cn1cnc2c1c(=O)n(C)c(=O)n2C",
            "fentanil citrate",
            "437-38-7",
            "C22H28N2O",
            "zzqx blorptine",
            "CCOc1ccc(Cc2nc3cc([N+](=O)[O-])ccc3n2CCN(CC)CC)cc1")) {
      all.add(identifier.identify(q));
    }
    all.add(identifier.identify(Query.mass(MassQuery.of(337.2274, Adduct.PROTONATED, 5))));
    all.add(identifier.identify(IdentifierTest.FENTANYL).withRecord(7));
    return all;
  }

  private static void assertValid(String line) throws Exception {
    JsonNode node = MAPPER.readTree(line);
    Set<ValidationMessage> problems = schema.validate(node);
    assertTrue(problems.isEmpty(), problems + " in " + line);
  }

  @Test
  void everyKindOfRecordMatchesTheSchema() throws Exception {
    for (Identification id : examples()) {
      String line = IdentificationJson.toJson(id);
      assertTrue(line.indexOf('\n') < 0, "one line: " + line);
      assertValid(line);
    }
  }

  @Test
  void errorRecordsMatchTheSchemaAndNameReasonAndPosition() throws Exception {
    Query query = Query.detect("CCC(=O)N(c1ccccc1");
    BadQueryException error =
        assertThrows(BadQueryException.class, () -> identifier.identify(query));
    StringWriter out = new StringWriter();
    IdentificationJson.writeError(out, 3, query, error);
    assertValid(out.toString());
    JsonNode node = MAPPER.readTree(out.toString());
    assertEquals(3, node.get("record").asInt());
    assertEquals("SYNTAX", node.get("error").get("reason").asText());
    assertTrue(node.get("error").has("position"), out.toString());
  }

  @Test
  void theSchemaRejectsWhatItShould() throws Exception {
    String good = IdentificationJson.toJson(identifier.identify(IdentifierTest.FENTANYL));
    // A misspelt verdict and an unknown field must both fail: the schema is a real contract.
    assertTrue(
        !schema.validate(MAPPER.readTree(good.replace("\"LISTED\"", "\"Listed\""))).isEmpty());
    assertTrue(
        !schema.validate(MAPPER.readTree(good.replaceFirst("\\{", "{\"surprise\":1,"))).isEmpty());
  }

  @Test
  void theSchemaEnumsAreTheJavaEnums() throws Exception {
    JsonNode root;
    try (InputStream in =
        IdentificationJson.class.getResourceAsStream(IdentificationJson.SCHEMA_RESOURCE)) {
      root = MAPPER.readTree(in);
    }
    JsonNode defs = root.get("$defs");
    assertEquals(
        names(QueryProblem.values()),
        texts(defs.at("/errorRecord/properties/error/properties/reason/enum")));
    assertEquals(
        names(Verdict.values()), texts(defs.at("/identification/properties/verdict/enum")));
    assertEquals(
        names(NamePolicy.values()),
        texts(defs.at("/identification/properties/settings/properties/namePolicy/enum")));
    assertEquals(
        names(StructureSource.values()), texts(defs.at("/structure/properties/source/enum")));
  }

  private static List<String> names(Enum<?>[] values) {
    return java.util.Arrays.stream(values).map(Enum::name).toList();
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  @Test
  void theSameIdentificationGivesTheSameBytes() {
    List<String> first = examples().stream().map(IdentificationJson::toJson).toList();
    List<String> second = examples().stream().map(IdentificationJson::toJson).toList();
    assertEquals(first, second);
  }

  @Test
  void substanceRecordsAreOneLine() throws Exception {
    String line =
        SubstanceJson.toJson(
            identifier.registry().substances().stream()
                .filter(s -> s.id().value().equals("carfentanil"))
                .findFirst()
                .orElseThrow());
    JsonNode node = MAPPER.readTree(line);
    assertEquals("carfentanil", node.get("id").asText());
    assertTrue(node.get("controlled").asBoolean());
  }
}
