package org.opioidregistry.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opioidregistry.core.fingerprint.Fingerprint;
import org.opioidregistry.core.fingerprint.FingerprintType;
import org.opioidregistry.core.mass.MassWindow;
import org.opioidregistry.core.mass.MolecularFormula;
import org.opioidregistry.core.structure.Structure;
import org.opioidregistry.core.structure.StructureParser;
import org.opioidregistry.core.substance.Substance;
import org.opioidregistry.core.substance.SubstanceClass;
import org.opioidregistry.core.substructure.SubstructureQuery;

/** The read family: every {@code find...} with and without a filter, on core's types. */
class RegistryReadsTest {

  /** Fentanyl's monoisotopic mass, PubChem CID 3345 ("Monoisotopic Mass 336.22016378"). */
  private static final double FENTANYL_MONOISOTOPIC = 336.22016378;

  private static final SearchFilter NITAZENES =
      SearchFilter.builder().substanceClass(SubstanceClass.NITAZENE).build();
  private static final SearchFilter FENTANYLS =
      SearchFilter.builder().substanceClass(SubstanceClass.FENTANYL_ANALOGUE).build();

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
  void similarityOnAnotherFingerprintTypeComparesThatType() {
    Structure acetylfentanyl = StructureParser.parse("CC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1");
    List<SimilarityMatch> maccs =
        registry.findSimilar(acetylfentanyl, FingerprintType.MACCS, 0.0, 10, SearchFilter.NONE);
    assertEquals(TestSubstances.all().size(), maccs.size());
    Fingerprint query = FingerprintType.MACCS.fingerprinter().fingerprint(acetylfentanyl);
    double previous = 1.0;
    for (SimilarityMatch m : maccs) {
      assertEquals(FingerprintType.MACCS, m.fingerprint());
      Fingerprint target =
          FingerprintType.MACCS
              .fingerprinter()
              .fingerprint(m.substance().structure().orElseThrow());
      assertEquals(query.tanimoto(target), m.score(), 1e-12, m.substance().id().value());
      assertTrue(m.score() <= previous, "not best first");
      previous = m.score();
    }
    List<SimilarityMatch> ecfp4 = registry.findSimilar(acetylfentanyl, 0.0, 10);
    assertEquals(FingerprintType.ECFP4, ecfp4.get(0).fingerprint());
    // The two types score differently: the overload does not fall back to the stored type.
    assertFalse(
        ecfp4.get(0).score() == maccs.get(0).score()
            && ecfp4.get(1).score() == maccs.get(1).score());

    List<SimilarityMatch> nitazenes =
        registry.findSimilar(acetylfentanyl, FingerprintType.MACCS, 0.0, 10, NITAZENES);
    assertEquals(1, nitazenes.size());
    assertEquals("isotonitazene", nitazenes.get(0).substance().id().value());
  }

  @Test
  void anotherTypesFingerprintsFollowWrites() throws IOException {
    Structure acetylfentanyl = StructureParser.parse("CC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1");
    registry.findSimilar(acetylfentanyl, FingerprintType.PATH, 0.0, 10, SearchFilter.NONE);
    registry.add(
        TestSubstances.substance(
                "acetylfentanyl",
                "Acetylfentanyl",
                "CC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1",
                SubstanceClass.FENTANYL_ANALOGUE)
            .build());
    SimilarityMatch best =
        registry
            .findSimilar(acetylfentanyl, FingerprintType.PATH, 0.0, 1, SearchFilter.NONE)
            .get(0);
    assertEquals("acetylfentanyl", best.substance().id().value());
    assertEquals(1.0, best.score());
  }

  @Test
  void formulaInAnyOrderFindsTheSubstance() {
    // Fentanyl is C22H28N2O (PubChem CID 3345).
    List<Substance> found = registry.findByFormula(MolecularFormula.parse("H28C22N2O"));
    assertEquals(List.of("fentanyl"), ids(found));
    assertTrue(registry.findByFormula(MolecularFormula.parse("C22H28N2O"), NITAZENES).isEmpty());
    assertEquals(
        List.of("fentanyl"),
        ids(registry.findByFormula(MolecularFormula.parse("C22H28N2O"), FENTANYLS)));
  }

  @Test
  void massMatchesCarryTheirPpmError() {
    double measured = 336.2210;
    List<MassMatch> found = registry.findByMass(MassWindow.ppm(measured, 5));
    assertEquals(1, found.size());
    MassMatch m = found.get(0);
    assertEquals("fentanyl", m.substance().id().value());
    assertEquals(FENTANYL_MONOISOTOPIC, m.monoisotopicMass(), 1e-4);
    double expectedPpm = (measured - FENTANYL_MONOISOTOPIC) / FENTANYL_MONOISOTOPIC * 1e6;
    assertEquals(expectedPpm, m.ppmError(), 0.01);
    assertTrue(registry.findByMass(MassWindow.ppm(measured, 5), NITAZENES).isEmpty());
    assertTrue(registry.findByMass(MassWindow.ppm(measured, 1)).isEmpty(), "2.5 ppm off");
  }

  @Test
  void substructureWithAFilterSearchesOnlyWhatPasses() {
    SubstructureQuery anilidopiperidine = SubstructureQuery.smarts("O=C[NX3](a)[CH0,CH1]1CCNCC1");
    Duration timeout = Duration.ofSeconds(30);
    SubstructureResult all = registry.findSubstructure(anilidopiperidine, 100, timeout);
    assertEquals(Set.of("fentanyl", "carfentanil", "3-methylfentanyl"), idSet(all));
    SubstructureResult none = registry.findSubstructure(anilidopiperidine, 100, timeout, NITAZENES);
    assertTrue(none.hits().isEmpty());
    assertEquals(1, none.examined());
    SubstructureResult one = registry.findSubstructure(anilidopiperidine, 1, timeout, FENTANYLS);
    assertEquals(1, one.hits().size());
    assertEquals(SubstanceClass.FENTANYL_ANALOGUE, one.hits().get(0).substance().substanceClass());
  }

  @Test
  void aOneRecordBatchIsRejectedLikeALongerOne() {
    Substance copy =
        TestSubstances.substance(
                "fentanyl-copy",
                "Fentanyl copy",
                "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1",
                SubstanceClass.OTHER)
            .build();
    BatchRejectedException e =
        assertThrows(BatchRejectedException.class, () -> registry.addAll(List.of(copy)));
    assertEquals(0, e.index());
    assertInstanceOf(DuplicateStructureException.class, e.getCause());
    assertThrows(DuplicateStructureException.class, () -> registry.add(copy));
    assertEquals(TestSubstances.all().size(), registry.size());
  }

  private static List<String> ids(List<Substance> substances) {
    return substances.stream().map(s -> s.id().value()).toList();
  }

  private static Set<String> idSet(SubstructureResult result) {
    return result.hits().stream().map(h -> h.substance().id().value()).collect(Collectors.toSet());
  }
}
