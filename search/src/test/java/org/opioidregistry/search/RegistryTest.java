package org.opioidregistry.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opioidregistry.core.fingerprint.FingerprintType;
import org.opioidregistry.core.structure.StructureParser;
import org.opioidregistry.core.substance.Jurisdiction;
import org.opioidregistry.core.substance.Substance;
import org.opioidregistry.core.substance.SubstanceClass;
import org.opioidregistry.core.substance.SubstanceId;

class RegistryTest {

  private Registry registry;

  @BeforeEach
  void fill() {
    registry = Registry.inMemory(TestSubstances.all());
  }

  @AfterEach
  void close() throws IOException {
    registry.close();
  }

  @Test
  void aSaltIsItsParent() {
    IdentityResult result =
        registry.findByStructure(
            StructureParser.parse(
                "CCC(=O)N(c1ccccc1)C1CC[NH+](CCc2ccccc2)CC1.OC(=O)CC(O)(CC(=O)O)C(=O)[O-]"));
    assertEquals(1, result.exact().size());
    assertEquals("fentanyl", result.exact().get(0).substance().id().value());
    assertEquals(Relation.SALT, result.exact().get(0).relation());
    assertTrue(result.related().isEmpty());

    IdentityResult base =
        registry.findByStructure(StructureParser.parse("CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1"));
    assertEquals(Relation.IDENTICAL, base.exact().get(0).relation());
  }

  @Test
  void aStereoisomerIsReportedAsSuchNotAsNotFound() {
    IdentityResult cis =
        registry.findByStructure(
            StructureParser.parse("CCC(=O)N(c1ccccc1)[C@@H]1CCN(CCc2ccccc2)C[C@H]1C"));
    assertTrue(cis.exact().isEmpty());
    assertEquals(1, cis.related().size());
    assertEquals("3-methylfentanyl", cis.related().get(0).substance().id().value());
    assertEquals(Relation.STEREOISOMER, cis.related().get(0).relation());
  }

  @Test
  void aDeuteratedStandardIsAnIsotopeVariant() {
    IdentityResult d5 =
        registry.findByStructure(
            StructureParser.parse(
                "CCC(=O)N(c1ccccc1)C1CCN(CCc2c([2H])c([2H])c([2H])c([2H])c2[2H])CC1"));
    assertEquals(Relation.ISOTOPE_VARIANT, d5.related().get(0).relation());
    assertEquals("fentanyl", d5.related().get(0).substance().id().value());
  }

  @Test
  void theEnolDrawingOfFentanylsAmideIsItsTautomerWithItsControls() {
    IdentityResult enol =
        registry.findByStructure(StructureParser.parse("CC=C(O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1"));
    assertTrue(enol.exact().isEmpty());
    assertEquals(1, enol.related().size());
    IdentityMatch match = enol.related().get(0);
    assertEquals("fentanyl", match.substance().id().value());
    assertEquals(Relation.TAUTOMER, match.relation());
    assertFalse(match.substance().controls().isEmpty());
  }

  @Test
  void theBenzylideneDrawingOfANitazeneIsItsTautomer() {
    IdentityResult drawn =
        registry.findByStructure(
            StructureParser.parse("CCN(CC)CCN1C(=Cc2ccc(OC(C)C)cc2)Nc2cc([N+](=O)[O-])ccc21"));
    assertEquals(
        List.of("isotonitazene/TAUTOMER"),
        drawn.related().stream()
            .map(m -> m.substance().id().value() + "/" + m.relation())
            .toList());
  }

  @Test
  void registeringATautomerOfARegisteredSubstanceWarns() throws IOException {
    Substance enol =
        TestSubstances.substance(
                "fentanyl-enol",
                "Fentanyl enol",
                "CC=C(O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1",
                SubstanceClass.FENTANYL_ANALOGUE)
            .build();
    WriteResult result = registry.add(enol);
    assertEquals(1, result.warnings().size());
    assertEquals(SubstanceId.of("fentanyl"), result.warnings().get(0).related());
    assertTrue(
        result.warnings().get(0).message().contains("tautomer"),
        result.warnings().get(0).message());
  }

  @Test
  void equalHitsComeInIdOrderWhateverTheOrderOfRegistration() throws IOException {
    // Methadone and isomethadone: the same formula (C21H27NO), so the same mass and ppm error.
    Substance methadone =
        TestSubstances.substance(
                "methadone",
                "Methadone",
                "CCC(=O)C(CC(C)N(C)C)(c1ccccc1)c1ccccc1",
                SubstanceClass.METHADONE_ANALOGUE)
            .build();
    Substance isomethadone =
        TestSubstances.substance(
                "isomethadone",
                "Isomethadone",
                "CCC(=O)C(c1ccccc1)(c1ccccc1)C(C)CN(C)C",
                SubstanceClass.METHADONE_ANALOGUE)
            .build();
    org.opioidregistry.core.mass.MassWindow window =
        org.opioidregistry.core.mass.MassWindow.ppm(309.2093, 10);
    List<List<String>> orders = new java.util.ArrayList<>();
    for (List<Substance> batch :
        List.of(List.of(methadone, isomethadone), List.of(isomethadone, methadone))) {
      try (Registry r = Registry.inMemory(batch)) {
        orders.add(r.findByMass(window).stream().map(m -> m.substance().id().value()).toList());
        orders.add(
            r.findSimilar(methadone.structure().orElseThrow(), 0.0, 5).stream()
                .filter(m -> m.score() < 1.0)
                .map(m -> m.substance().id().value())
                .toList());
      }
    }
    assertEquals(List.of("isomethadone", "methadone"), orders.get(0));
    assertEquals(orders.get(0), orders.get(2));
    assertEquals(orders.get(1), orders.get(3));
  }

  @Test
  void anUnrelatedStructureIsNotFound() {
    // Caffeine, a common cutting agent.
    assertTrue(
        registry.findByStructure(StructureParser.parse("Cn1cnc2c1c(=O)n(C)c(=O)n2C")).isEmpty());
  }

  @Test
  void similarityRanksTheFamilyFirstAndSaysHow() {
    // Acetylfentanyl is not in this registry; fentanyl is its closest relative.
    List<SimilarityMatch> similar =
        registry.findSimilar(
            StructureParser.parse("CC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1"), 0.3, 3);
    assertEquals("fentanyl", similar.get(0).substance().id().value());
    assertEquals(SimilarityMetric.TANIMOTO, similar.get(0).metric());
    assertEquals(FingerprintType.DEFAULT, similar.get(0).fingerprint());
    assertTrue(
        similar.get(0).score() > similar.get(similar.size() - 1).score() || similar.size() == 1);
    for (SimilarityMatch m : similar) {
      assertTrue(m.score() >= 0.3);
      assertTrue(m.substance().substanceClass() != SubstanceClass.NITAZENE, m.toString());
    }
    // With a filter, only the nitazene can come back, and it is far below the threshold.
    SearchFilter nitazenes = SearchFilter.builder().substanceClass(SubstanceClass.NITAZENE).build();
    assertTrue(
        registry
            .findSimilar(
                StructureParser.parse("CC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1"), 0.3, 3, nitazenes)
            .isEmpty());
  }

  @Test
  void aStructureIsRegisteredOnce() throws IOException {
    Substance again =
        TestSubstances.substance(
                "fentanyl-again",
                "Fentanyl again",
                "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1.Cl",
                SubstanceClass.OTHER)
            .build();
    DuplicateStructureException e =
        assertThrows(DuplicateStructureException.class, () -> registry.add(again));
    assertEquals(SubstanceId.of("fentanyl"), e.existing());
    assertTrue(e.getMessage().contains("already registered as 'fentanyl'"), e.getMessage());
  }

  @Test
  void anIsomerIsAcceptedWithAWarning() throws IOException {
    Substance cis =
        TestSubstances.substance(
                "cis-3-methylfentanyl",
                "cis-3-Methylfentanyl",
                "CCC(=O)N(c1ccccc1)[C@@H]1CCN(CCc2ccccc2)C[C@H]1C",
                SubstanceClass.FENTANYL_ANALOGUE)
            .build();
    WriteResult result = registry.add(cis);
    assertEquals(1, result.warnings().size());
    assertEquals(SubstanceId.of("3-methylfentanyl"), result.warnings().get(0).related());
    assertEquals(6, registry.size());
  }

  @Test
  void aBatchWithOneBadRecordChangesNothingAndNamesIt() throws IOException {
    Substance good =
        TestSubstances.substance(
                "acetylfentanyl",
                "Acetylfentanyl",
                "CC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1",
                SubstanceClass.FENTANYL_ANALOGUE)
            .build();
    Substance duplicate =
        TestSubstances.substance(
                "carfentanil-copy",
                "Carfentanil copy",
                "CCC(=O)N(c1ccccc1)C1(C(=O)OC)CCN(CCc2ccccc2)CC1",
                SubstanceClass.OTHER)
            .build();
    BatchRejectedException e =
        assertThrows(BatchRejectedException.class, () -> registry.addAll(List.of(good, duplicate)));
    assertEquals(1, e.index());
    assertTrue(e.getMessage().contains("record 2 ('carfentanil-copy')"), e.getMessage());
    assertEquals(5, registry.size());
    assertFalse(registry.get(SubstanceId.of("acetylfentanyl")).isPresent());
    assertTrue(
        registry.findByName("acetylfentanyl", 5).stream()
            .noneMatch(m -> m.substance().id().value().equals("acetylfentanyl")));
  }

  @Test
  void updateAndRemove() throws IOException {
    Substance renamed = TestSubstances.fentanyl().toBuilder().addSynonym("Sublimaze").build();
    registry.update(renamed);
    assertEquals(renamed, registry.get(SubstanceId.of("fentanyl")).orElseThrow());
    assertEquals("fentanyl", registry.findByName("sublimaze", 1).get(0).substance().id().value());
    assertTrue(registry.remove(SubstanceId.of("fentanyl")));
    assertFalse(registry.remove(SubstanceId.of("fentanyl")));
    assertTrue(registry.findByStructure(renamed.structure().orElseThrow()).isEmpty());
    assertEquals(4, registry.size());
  }

  @Test
  void namesCodesAndFilters() {
    assertEquals("fentanyl", top("437-38-7").substance().id().value());
    assertEquals(NameMatchKind.CODE, top("437387").kind());
    assertEquals("carfentanil", top("carfentanyl").substance().id().value());
    assertEquals(NameMatchKind.TYPO, top("carfentanyl").kind());
    assertEquals(NameMatchKind.TYPO, top("fentanly").kind()); // a transposition is one slip
    assertEquals("fentanyl", top("Fentanyl citrate").substance().id().value());
    assertEquals(NameMatchKind.EXACT_NAME, top("fentanyl HCl").kind());
    assertEquals("isotonitazene", top("isotonit").substance().id().value());
    assertEquals(NameMatchKind.PREFIX, top("isotonit").kind());
    assertEquals("fentanyl", top("PJMPHNIQZUBGLI-UHFFFAOYSA-N").substance().id().value());
    SearchFilter table1 =
        SearchFilter.builder().jurisdiction(Jurisdiction.UN_1988).schedule("Table I").build();
    assertEquals(
        List.of("anpp"),
        registry.findByName("anilino", 10, table1).stream()
            .map(m -> m.substance().id().value())
            .toList());
    SearchFilter scheduleIV =
        SearchFilter.builder().jurisdiction(Jurisdiction.UN_1961).schedule("IV").build();
    assertEquals(
        List.of("carfentanil"),
        registry.findByName("fentanyl", 10, scheduleIV).stream()
            .map(m -> m.substance().id().value())
            .toList());
  }

  @Test
  void fieldedQueries() {
    assertEquals(List.of("carfentanil"), queryIds("name:carfent* AND class:fentanyl"));
    assertEquals(List.of("isotonitazene"), queryIds("class:nitazene"));
    assertEquals(List.of("anpp"), queryIds("jurisdiction:UN-1988"));
    assertEquals(List.of("fentanyl"), queryIds("name:\"p-fentanil\" OR code:437-38-7"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> queryIds("name:*fentanyl"));
    assertTrue(e.getMessage().startsWith("invalid query 'name:*fentanyl'"), e.getMessage());
  }

  private List<String> queryIds(String query) {
    return registry.findByLuceneQuery(query, 10).stream()
        .map(m -> m.substance().id().value())
        .sorted()
        .toList();
  }

  private NameMatch top(String query) {
    List<NameMatch> matches = registry.findByName(query, 5);
    assertFalse(matches.isEmpty(), "nothing found for " + query);
    return matches.get(0);
  }
}
