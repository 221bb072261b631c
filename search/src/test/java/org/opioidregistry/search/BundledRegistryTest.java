package org.opioidregistry.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opioidregistry.core.fingerprint.FingerprintType;
import org.opioidregistry.core.mass.MassWindow;
import org.opioidregistry.core.mass.MolecularFormula;
import org.opioidregistry.core.structure.Structure;
import org.opioidregistry.core.structure.StructureParser;
import org.opioidregistry.core.substance.Code;
import org.opioidregistry.core.substance.Substance;
import org.opioidregistry.core.substructure.SubstructureQuery;
import org.opioidregistry.data.ReferenceData;

/**
 * The bundled registry, opened from what the build computed, answers every query exactly as a
 * registry made from the tables the slow way (every SMILES parsed, keyed and fingerprinted now):
 * identity, similarity, formula, mass, names and codes, Lucene queries and substructure, for every
 * bundled substance and for the name-quality queries.
 */
class BundledRegistryTest {

  /** Masses from two JVM runs were seen to differ in their last bits (see the data module). */
  private static final double MASS_NOISE = 1e-9;

  private static Registry fromTables;
  private static Registry bundled;

  @BeforeAll
  static void open() {
    // With every write check, the one the bundled registry skips included (Lucene can index every
    // name and code): one refused substance would refuse the whole batch here.
    fromTables = Registry.inMemory(ReferenceData.load().substances());
    bundled = BundledRegistry.open();
  }

  @AfterAll
  static void close() throws IOException {
    fromTables.close();
    bundled.close();
  }

  @Test
  void contentHashIsTheBuildsAndEqualsOneComputedNow() throws IOException {
    // The resource is what the generator writes for these data now.
    try (var in = BundledContentHash.class.getResourceAsStream(BundledContentHash.RESOURCE)) {
      assertNotNull(in, BundledContentHash.RESOURCE + " is made by the build");
      assertEquals(
          BundledContentHash.render(ReferenceData.bundled()),
          new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    String computedNow = ContentHash.of(ReferenceData.load().substances());
    assertEquals(Optional.of(computedNow), BundledContentHash.of(ReferenceData.bundled()));
    assertEquals(computedNow, bundled.contentHash());
    assertEquals(fromTables.contentHash(), bundled.contentHash());
    AuditEntry created = bundled.auditLog().get(0);
    assertEquals(fromTables.auditLog().get(0).contentHashBefore(), created.contentHashBefore());
    assertEquals(computedNow, created.contentHashAfter());
  }

  @Test
  void contentHashOfOtherDataIsComputed() {
    // Data not loaded by bundled() have no checksum: nothing the build computed applies to them.
    assertEquals(Optional.empty(), BundledContentHash.of(ReferenceData.load()));
    assertEquals(Optional.empty(), BundledContentHash.of(ReferenceData.of(List.of())));
  }

  @Test
  void holdsTheSameSubstances() {
    assertEquals(ReferenceData.load().size(), bundled.size());
    assertEquals(fromTables.substances(), bundled.substances());
  }

  @Test
  void everyStructureQueryGivesTheSameAnswers() {
    for (Substance s : fromTables.substances()) {
      if (s.structure().isEmpty()) {
        continue;
      }
      Structure structure = s.structure().get();
      String smiles = structure.canonicalSmiles();
      for (String written : List.of(smiles, smiles + ".Cl")) {
        Structure query = StructureParser.parse(written);
        String what = s.id() + " as " + written;
        IdentityResult identity = bundled.findByStructure(query);
        assertEquals(fromTables.findByStructure(query), identity, what);
        assertEquals(s.id(), identity.exact().get(0).substance().id(), what);
        assertEquals(
            fromTables.findSimilar(query, 0.0, 10), bundled.findSimilar(query, 0.0, 10), what);
        assertEquals(
            fromTables.findSimilar(
                query, FingerprintType.MACCS, 0.5, fromTables.size(), SearchFilter.NONE),
            bundled.findSimilar(
                query, FingerprintType.MACCS, 0.5, fromTables.size(), SearchFilter.NONE),
            what);
      }
      if (structure.formula().endsWith("+") || structure.formula().endsWith("-")) {
        // A charged parent (morphine methobromide's quaternary cation): a formula query is a
        // neutral formula by design, so none can name it, in either registry.
        assertTrue(MolecularFormula.tryParse(structure.formula()).isEmpty(), s.id()::value);
      } else {
        MolecularFormula formula = MolecularFormula.parse(structure.formula());
        assertEquals(
            fromTables.findByFormula(formula), bundled.findByFormula(formula), s.id().value());
      }
      MassWindow window = MassWindow.ppm(structure.monoisotopicMass(), 5);
      assertEquals(
          ids(fromTables.findByMass(window)).keySet(),
          ids(bundled.findByMass(window)).keySet(),
          s.id().value());
    }
  }

  @Test
  void massesAgree() {
    Map<String, Double> expected = masses(fromTables.substances());
    masses(bundled.substances())
        .forEach((id, mass) -> assertEquals(expected.get(id), mass, MASS_NOISE, id));
  }

  @Test
  void everyNameSynonymAndCodeGivesTheSameAnswers() {
    List<String> queries = new ArrayList<>();
    for (Substance s : fromTables.substances()) {
      queries.add(s.id().value());
      queries.add(s.name());
      queries.addAll(s.synonyms());
      s.codes().stream().map(Code::value).forEach(queries::add);
      s.structure().ifPresent(structure -> queries.add(structure.inchiKey()));
      s.structure().ifPresent(structure -> queries.add(structure.skeletonKey()));
    }
    for (String[] q : NameSearchQualityTest.QUERIES) {
      queries.add(q[0]);
    }
    assertTrue(queries.size() > 300, queries.size() + " queries");
    for (String q : queries) {
      assertEquals(fromTables.findByName(q, 10), bundled.findByName(q, 10), q);
    }
  }

  @Test
  void luceneQueriesAndSubstructureGiveTheSameAnswers() {
    for (String q :
        List.of("class:fentanyl", "name:carfent*", "jurisdiction:un-1961 AND name:m*")) {
      List<NameMatch> expected = fromTables.findByLuceneQuery(q, 100);
      assertFalse(expected.isEmpty(), q);
      assertEquals(expected, bundled.findByLuceneQuery(q, 100), q);
    }
    SubstructureQuery anilidopiperidine = SubstructureQuery.smarts("O=C(N(c1ccccc1)C1CCNCC1)");
    SubstructureResult expected = fromTables.findSubstructure(anilidopiperidine, 100, timeout());
    assertTrue(expected.hits().size() > 20, expected.hits().size() + " hits");
    assertEquals(expected, bundled.findSubstructure(anilidopiperidine, 100, timeout()));
  }

  @Test
  void structureFormulaAndMassReadsAndWritesNeverIndexNames() throws IOException {
    try (Registry registry = BundledRegistry.open()) {
      Structure fentanyl = StructureParser.parse("CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1.Cl");
      assertEquals(1, registry.findByStructure(fentanyl).exact().size());
      assertFalse(registry.findSimilar(fentanyl, 0.5, 5).isEmpty());
      assertFalse(registry.findByFormula(MolecularFormula.parse(fentanyl.formula())).isEmpty());
      assertFalse(registry.findByMass(MassWindow.ppm(fentanyl.monoisotopicMass(), 5)).isEmpty());
      Substance s = registry.substances().get(0);
      assertTrue(registry.remove(s.id()));
      registry.add(s);
      assertFalse(registry.luceneIndexed(), "Lucene is loaded only for names");
      assertFalse(registry.findByName("fentanyl", 1).isEmpty());
      assertTrue(registry.luceneIndexed());
    }
  }

  @Test
  void writesWorkBeforeAndAfterTheNameIndexIsBuilt() throws IOException {
    try (Registry registry = BundledRegistry.open()) {
      Substance fentanyl =
          registry.get(org.opioidregistry.core.substance.SubstanceId.of("fentanyl")).orElseThrow();
      assertTrue(registry.remove(fentanyl.id()));
      assertTrue(
          registry.findByName("fentanyl", 5).stream()
              .noneMatch(m -> m.substance().id().equals(fentanyl.id())));
      registry.add(fentanyl);
      assertEquals(fentanyl.id(), registry.findByName("fentanyl", 1).get(0).substance().id());
      assertEquals(fromTables.size(), registry.size());
    }
  }

  private static Duration timeout() {
    double factor = Double.parseDouble(System.getProperty("opioid.test.timeoutFactor", "1"));
    return Duration.ofMillis((long) (60_000 * factor));
  }

  /** Ids with their masses, which were seen to differ in the last bits between JVM runs. */
  private static Map<String, Double> ids(List<MassMatch> matches) {
    Map<String, Double> ids = new TreeMap<>();
    matches.forEach(m -> ids.put(m.substance().id().value(), m.monoisotopicMass()));
    return ids;
  }

  private static Map<String, Double> masses(List<Substance> substances) {
    Map<String, Double> masses = new TreeMap<>();
    substances.forEach(
        s -> s.structure().ifPresent(st -> masses.put(s.id().value(), st.monoisotopicMass())));
    return masses;
  }
}
