package org.opioidregistry.identify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opioidregistry.core.substance.Jurisdiction;
import org.opioidregistry.core.substance.Substance;
import org.opioidregistry.core.substance.SubstanceClass;
import org.opioidregistry.search.NameMatch;
import org.opioidregistry.search.SearchFilter;
import org.opioidregistry.search.SimilarityMatch;

/**
 * {@link Identifier#withFilter}: the filter narrows the similar and names lists shown and never the
 * verdict or the listed matches, which stay the whole registry's; the record names the filter.
 * Which substances pass is checked against the substances' own class and controls (bundled data).
 */
class IdentifierFilterTest {

  /** The README's unlisted analogue: valeryl + 4-fluorophenyl; its nearest are fentanyls. */
  static final String ANALOGUE = "CCCCC(=O)N(c1ccc(F)cc1)C1CCN(CCc2ccccc2)CC1";

  static final SearchFilter NITAZENES =
      SearchFilter.builder().substanceClass(SubstanceClass.NITAZENE).build();

  private static Identifier identifier;

  @BeforeAll
  static void open() {
    identifier = Identifier.bundled();
  }

  @AfterAll
  static void close() throws Exception {
    identifier.registry().close();
  }

  @Test
  void aFilterThatExcludesTheListedSubstanceLeavesItListed() {
    Identification id = identifier.withFilter(NITAZENES).identify(IdentifierTest.FENTANYL);
    assertEquals(Verdict.LISTED, id.verdict());
    assertEquals("fentanyl", id.listed().get(0).substance().id().value());
    assertEquals(SubstanceClass.FENTANYL_ANALOGUE, id.listed().get(0).substance().substanceClass());
    for (SimilarityMatch m : id.similar()) {
      assertEquals(SubstanceClass.NITAZENE, m.substance().substanceClass(), m.toString());
    }
    assertEquals(NITAZENES, id.settings().filter());
  }

  @Test
  void similarToListedStandsWhenTheFilterHidesEverySimilarListedSubstance() {
    // Without class definitions, similarity alone decides: SIMILAR_TO_LISTED (README's list).
    Identifier noClassDefs = identifier.withClassDefinitions(List.of());
    Identification whole = noClassDefs.identify(ANALOGUE);
    assertEquals(Verdict.SIMILAR_TO_LISTED, whole.verdict());
    assertFalse(whole.similar().isEmpty());

    Identification narrowed = noClassDefs.withFilter(NITAZENES).identify(ANALOGUE);
    assertEquals(Verdict.SIMILAR_TO_LISTED, narrowed.verdict(), "a filter never decides");
    assertTrue(
        narrowed.similar().stream()
            .allMatch(m -> m.substance().substanceClass() == SubstanceClass.NITAZENE),
        narrowed.similar().toString());
    assertTrue(
        narrowed.warnings().stream().anyMatch(w -> w.contains("the filter hides")),
        narrowed.warnings().toString());
    assertTrue(whole.warnings().stream().noneMatch(w -> w.contains("the filter hides")));
  }

  @Test
  void theSimilarListHoldsOnlyWhatPassesAndKeepsTheWholeListsOrder() {
    SearchFilter un1961 = SearchFilter.builder().jurisdiction(Jurisdiction.UN_1961).build();
    Identifier many = identifier.withSimilarCount(50);
    Identification whole = many.identify(ANALOGUE);
    Identification narrowed = many.withFilter(un1961).identify(ANALOGUE);
    assertFalse(narrowed.similar().isEmpty());
    for (SimilarityMatch m : narrowed.similar()) {
      assertTrue(
          m.substance().controls().stream()
              .anyMatch(c -> c.jurisdiction().equals(Jurisdiction.UN_1961)),
          m.substance().id() + " has no control under the 1961 Convention");
    }
    // The whole list, narrowed by hand, is the narrowed list (both within the 50 nearest).
    List<String> byHand =
        whole.similar().stream()
            .map(SimilarityMatch::substance)
            .filter(un1961)
            .map(s -> s.id().value())
            .toList();
    List<String> served = narrowed.similar().stream().map(m -> m.substance().id().value()).toList();
    assertEquals(byHand, served.subList(0, Math.min(served.size(), byHand.size())));
    assertEquals(whole.verdict(), narrowed.verdict());
    assertEquals(whole.listed().size(), narrowed.listed().size());
  }

  @Test
  void aNameIsResolvedOnTheWholeRegistryAndOnlyTheNamesListIsNarrowed() {
    Identification id = identifier.withFilter(NITAZENES).identify("fentanyl");
    assertEquals(Verdict.LISTED, id.verdict());
    assertEquals("fentanyl", id.listed().get(0).substance().id().value());
    for (NameMatch m : id.names()) {
      assertEquals(SubstanceClass.NITAZENE, m.substance().substanceClass(), m.toString());
    }
    Identification nitazene = identifier.withFilter(NITAZENES).identify("isotonit");
    assertTrue(
        nitazene.names().stream().map(NameMatch::substance).map(Substance::name).toList().stream()
            .anyMatch(n -> n.toLowerCase(java.util.Locale.ROOT).contains("isotonitazene")),
        nitazene.names().toString());
  }

  @Test
  void theRecordNamesTheFilterAndMatchesTheSchema() throws Exception {
    SearchFilter filter =
        SearchFilter.builder()
            .substanceClass(SubstanceClass.FENTANYL_ANALOGUE)
            .jurisdiction(Jurisdiction.ofCode("US"))
            .build();
    String line = IdentificationJson.toJson(identifier.withFilter(filter).identify(ANALOGUE));
    ObjectMapper mapper = new ObjectMapper();
    JsonNode node = mapper.readTree(line);
    JsonNode f = node.get("settings").get("filter");
    assertEquals("FENTANYL_ANALOGUE", f.get("classes").get(0).asText(), line);
    assertEquals("US", f.get("jurisdictions").get(0).asText(), line);
    try (InputStream in =
        IdentificationJson.class.getResourceAsStream(IdentificationJson.SCHEMA_RESOURCE)) {
      JsonSchema schema =
          JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
      assertEquals(java.util.Set.of(), schema.validate(node), line);
    }
    String unfiltered = IdentificationJson.toJson(identifier.identify(ANALOGUE));
    assertFalse(mapper.readTree(unfiltered).get("settings").has("filter"), unfiltered);
  }
}
