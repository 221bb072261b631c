package org.opioidregistry.identify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.io.MDLV2000Writer;
import org.openscience.cdk.layout.StructureDiagramGenerator;
import org.opioidregistry.core.mass.Adduct;
import org.opioidregistry.core.query.QueryKind;
import org.opioidregistry.core.structure.StructureParser;
import org.opioidregistry.core.substance.Substance;
import org.opioidregistry.data.ReferenceData;
import org.opioidregistry.search.Registry;
import org.opioidregistry.search.Relation;

/**
 * {@link Identifier} on chemistry facts, one group per verdict, each reached through every query
 * kind that can reach it. Structures and codes are those of the bundled reference data, whose
 * InChIKeys are checked against published values in the data module's tests.
 */
class IdentifierTest {

  /** Fentanyl (PubChem CID 3345; InChIKey PJMPHNIQZUBGLI-UHFFFAOYSA-N). */
  static final String FENTANYL = "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1";

  static final String FENTANYL_KEY = "PJMPHNIQZUBGLI-UHFFFAOYSA-N";

  private static Identifier identifier;

  @BeforeAll
  static void open() {
    identifier = Identifier.bundled();
  }

  private static Identification identify(String query) {
    return identifier.identify(query);
  }

  private static void assertListedFentanyl(Identification id, Relation relation) {
    assertEquals(Verdict.LISTED, id.verdict(), id.toString());
    assertEquals("fentanyl", id.listed().get(0).substance().id().value());
    assertEquals(relation, id.listed().get(0).relation());
    assertTrue(id.listed().get(0).controlled());
    assertEquals(FENTANYL_KEY, id.structure().orElseThrow().inchiKey());
  }

  @Nested
  class Listed {
    @Test
    void asSmiles() {
      Identification id = identify(FENTANYL);
      assertListedFentanyl(id, Relation.IDENTICAL);
      assertEquals(QueryKind.SMILES, id.detectedAs());
      assertEquals(StructureSource.INPUT, id.structureSource().orElseThrow());
    }

    @Test
    void asSaltTheParentIsTheSubstance() {
      Identification id = identify(FENTANYL + ".Cl");
      assertListedFentanyl(id, Relation.SALT);
      assertEquals(
          "hydrogen chloride",
          id.structure().orElseThrow().standardization().removed().get(0).name());
    }

    @Test
    void asInchi() {
      String inchi = StructureParser.parse(FENTANYL).inchi();
      Identification id = identify(inchi);
      assertEquals(QueryKind.INCHI, id.detectedAs());
      assertListedFentanyl(id, Relation.IDENTICAL);
    }

    @Test
    void asMolBlock() throws Exception {
      IAtomContainer mol = StructureParser.parse(FENTANYL).atomContainer();
      new StructureDiagramGenerator().generateCoordinates(mol);
      StringWriter molfile = new StringWriter();
      try (MDLV2000Writer writer = new MDLV2000Writer(molfile)) {
        writer.write(mol);
      }
      Identification id = identify(molfile.toString());
      assertEquals(QueryKind.MOL_BLOCK, id.detectedAs());
      assertListedFentanyl(id, Relation.IDENTICAL);
    }

    @Test
    void byNameAndByTypoWithASaltWord() {
      Identification exact = identify("fentanyl");
      assertEquals(QueryKind.NAME, exact.detectedAs());
      assertEquals(StructureSource.REGISTRY, exact.structureSource().orElseThrow());
      assertListedFentanyl(exact, Relation.IDENTICAL);
      Identification typo = identify("fentanil citrate");
      assertEquals(Verdict.LISTED, typo.verdict(), typo.toString());
      assertEquals("fentanyl", typo.listed().get(0).substance().id().value());
    }

    @Test
    void byCasRegistryNumber() {
      Identification id = identify("437-38-7");
      assertEquals(QueryKind.CAS_RN, id.detectedAs());
      assertListedFentanyl(id, Relation.IDENTICAL);
    }

    @Test
    void byInchiKeyOfARegisteredSubstance() {
      Identification id = identify(FENTANYL_KEY);
      assertEquals(QueryKind.INCHIKEY, id.detectedAs());
      assertListedFentanyl(id, Relation.IDENTICAL);
    }

    @Test
    void bySystematicNameThroughOpsin() {
      // Thiofentanyl's systematic name; OPSIN builds the structure, the registry finds it.
      Identification id =
          identify("N-phenyl-N-[1-(2-thiophen-2-ylethyl)piperidin-4-yl]propanamide");
      assertEquals(Verdict.LISTED, id.verdict(), id.toString());
      assertEquals("thiofentanyl", id.listed().get(0).substance().id().value());
    }
  }

  @Nested
  class ListedIsomer {
    /** Fentanyl-d5 (phenyl-d5), the usual internal standard: other isotopes, same skeleton. */
    static final String FENTANYL_D5 =
        "CCC(=O)N(c1c([2H])c([2H])c([2H])c([2H])c1[2H])C1CCN(CCc2ccccc2)CC1";

    @Test
    void isotopeVariant() {
      Identification id = identify(FENTANYL_D5);
      assertEquals(Verdict.LISTED_ISOMER, id.verdict(), id.toString());
      assertEquals(Relation.ISOTOPE_VARIANT, id.listed().get(0).relation());
      assertEquals("C22H23D5N2O", id.structure().orElseThrow().formula());
    }

    @Test
    void stereoisomerOfAListedRacemateAsSmilesAndSalt() {
      // cis-(3R,4S)-3-methylfentanyl: 3-methylfentanyl is listed without stereochemistry.
      String cis = "CCC(=O)N(c1ccccc1)[C@@H]1CCN(CCc2ccccc2)C[C@H]1C";
      for (String query : List.of(cis, cis + ".Cl")) {
        Identification id = identify(query);
        assertEquals(Verdict.LISTED_ISOMER, id.verdict(), id.toString());
        assertEquals("3-methylfentanyl", id.listed().get(0).substance().id().value());
        assertEquals(Relation.STEREOISOMER, id.listed().get(0).relation());
      }
    }

    @Test
    void anUncontrolledRegisteredIsomerIsNotAListedIsomer() throws Exception {
      // Levopropoxyphene is the mirror image of dextropropoxyphene (both centres inverted) and is
      // not covered by its listing; a registry that holds it without a control says so.
      // The bundled data hold it, uncontrolled, as the named exception of dextropropoxyphene.
      String levo = "CCC(=O)O[C@@](Cc1ccccc1)(c1ccccc1)[C@@H](C)CN(C)C";
      List<Substance> substances = new ArrayList<>(ReferenceData.bundled().substances());
      assertFalse(
          ReferenceData.bundled().substance("levopropoxyphene").orElseThrow().isControlled());
      try (Registry registry = Registry.inMemory(substances)) {
        Identification id = Identifier.over(registry).identify(levo);
        assertFalse(
            id.verdict() == Verdict.LISTED || id.verdict() == Verdict.LISTED_ISOMER, id.toString());
        ListedMatch dextro =
            id.listed().stream()
                .filter(m -> m.substance().id().value().equals("dextropropoxyphene"))
                .findFirst()
                .orElseThrow();
        assertEquals(Relation.STEREOISOMER, dextro.relation());
        assertTrue(dextro.controlled());
        assertFalse(dextro.countsForVerdict());
        assertTrue(
            id.warnings().stream().anyMatch(w -> w.contains("do not extend")),
            id.warnings().toString());
      }
    }
  }

  @Nested
  class CoveredByClassDefinition {
    /** para-Fluorovalerylfentanyl: not listed by name; US FRS clauses D and E cover it. */
    static final String ANALOGUE = "CCCCC(=O)N(c1ccc(F)cc1)C1CCN(CCc2ccccc2)CC1";

    @Test
    void asSmilesAndSalt() {
      for (String query : List.of(ANALOGUE, ANALOGUE + ".Cl")) {
        Identification id = identify(query);
        assertEquals(Verdict.COVERED_BY_CLASS_DEFINITION, id.verdict(), id.toString());
        assertTrue(id.listed().isEmpty());
        ClassDefinitionResult us =
            id.classDefinitions().stream()
                .filter(d -> d.definitionId().equals("us-frs"))
                .findFirst()
                .orElseThrow();
        assertTrue(us.covered());
        assertEquals("D+E", us.evaluation().clauseLabels());
      }
    }

    @Test
    void bySystematicName() {
      Identification id =
          identify("N-(4-fluorophenyl)-N-[1-(2-phenylethyl)piperidin-4-yl]pentanamide");
      assertEquals(StructureSource.OPSIN, id.structureSource().orElseThrow());
      assertEquals(Verdict.COVERED_BY_CLASS_DEFINITION, id.verdict(), id.toString());
    }

    @Test
    void everyDefinitionIsReportedIncludingUncovered() {
      Identification id = identify(ANALOGUE);
      assertEquals(identifier.settings().classDefinitions().size(), id.classDefinitions().size());
      assertTrue(id.classDefinitions().stream().anyMatch(d -> !d.covered()));
    }
  }

  @Nested
  class SimilarToListed {
    /** The thioamide of fentanyl: not listed, outside the amide wording, close to fentanyl. */
    static final String THIOAMIDE = "CCC(=S)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1";

    @Test
    void asSmiles() {
      Identification id = identify(THIOAMIDE);
      assertEquals(Verdict.SIMILAR_TO_LISTED, id.verdict(), id.toString());
      assertEquals("fentanyl", id.similar().get(0).substance().id().value());
      assertTrue(id.similar().get(0).score() >= 0.5);
    }

    @Test
    void bySystematicNameItIsNotTheAmide() {
      Identification id = identify("N-phenyl-N-[1-(2-phenylethyl)piperidin-4-yl]propanethioamide");
      assertEquals(Verdict.SIMILAR_TO_LISTED, id.verdict(), id.toString());
      assertTrue(id.listed().isEmpty());
    }

    @Test
    void aHigherThresholdDropsIt() {
      Identification id = identifier.withSimilarityThreshold(0.99).identify(THIOAMIDE);
      assertEquals(Verdict.NO_LISTED_MATCH, id.verdict(), id.toString());
      assertEquals(0.99, id.settings().similarityThreshold());
    }
  }

  @Nested
  class Candidates {
    @Test
    void byFormula() {
      Identification id = identify("C22H28N2O");
      assertEquals(QueryKind.FORMULA, id.detectedAs());
      assertEquals(Verdict.LISTED_CANDIDATES, id.verdict());
      assertTrue(
          id.candidates().stream().anyMatch(c -> c.substance().id().value().equals("fentanyl")));
      assertTrue(id.structure().isEmpty());
    }

    @Test
    void byExactMassOfTheProtonatedIon() {
      // [M+H]+ of fentanyl: 336.2202 (monoisotopic) + 1.00728 (proton) = 337.2274.
      Identification id =
          identifier.identify(Query.mass(MassQuery.of(337.2274, Adduct.PROTONATED, 5)));
      assertEquals(Verdict.LISTED_CANDIDATES, id.verdict());
      CandidateMatch fentanyl =
          id.candidates().stream()
              .filter(c -> c.substance().id().value().equals("fentanyl"))
              .findFirst()
              .orElseThrow();
      assertTrue(Math.abs(fentanyl.ppmError().getAsDouble()) < 5);
    }
  }

  @Nested
  class Names {
    @Test
    void aGreekLetterPrefixIsNotALocant() {
      Identification id = identify("a-methylfentanyl");
      assertEquals(Verdict.LISTED, id.verdict(), id.toString());
      assertEquals("alpha-methylfentanyl", id.listed().get(0).substance().id().value());
    }

    @Test
    void oneLetterShortOfALongNameIsATypo() {
      Identification id = identify("brorphin");
      assertEquals(Verdict.LISTED, id.verdict(), id.toString());
      assertEquals("brorphine", id.listed().get(0).substance().id().value());
      assertTrue(
          id.warnings().stream().anyMatch(w -> w.contains("misspelt")), id.warnings().toString());
    }

    @Test
    void equallyCloseNamesAreCandidatesNotAnIdentity() {
      // One letter from alfentanil and one from sufentanil.
      Identification id = identify("aufentanil");
      assertEquals(Verdict.LISTED_CANDIDATES, id.verdict(), id.toString());
      assertTrue(id.listed().isEmpty());
      assertTrue(id.structure().isEmpty());
      assertEquals(
          java.util.Set.of("alfentanil", "sufentanil"),
          id.candidates().stream()
              .map(c -> c.substance().id().value())
              .collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void underTheExactOnlyPolicyATypoIsACandidate() {
      Identification id = identifier.withNamePolicy(NamePolicy.EXACT_ONLY).identify("brorphin");
      assertEquals(Verdict.LISTED_CANDIDATES, id.verdict(), id.toString());
      assertTrue(id.listed().isEmpty());
    }

    @Test
    void aLabCodeWithoutItsHyphen() {
      Identification id = identify("U47700");
      assertEquals(Verdict.LISTED, id.verdict(), id.toString());
      assertEquals("u-47700", id.listed().get(0).substance().id().value());
    }

    @Test
    void aBareCasNumberAndAFormulaWithItsSalt() {
      assertEquals("fentanyl", identify("437387").listed().get(0).substance().id().value());
      Identification salt = identify("C22H28N2O.HCl");
      assertEquals(QueryKind.FORMULA, salt.detectedAs());
      assertEquals(Verdict.LISTED_CANDIDATES, salt.verdict());
    }
  }

  @Nested
  class NoListedMatch {
    @Test
    void caffeine() {
      Identification id = identify("Cn1cnc2c1c(=O)n(C)c(=O)n2C");
      assertEquals(Verdict.NO_LISTED_MATCH, id.verdict());
      assertFalse(id.foundSomething());
    }

    @Test
    void aNameNothingKnows() {
      Identification id = identify("zzqx blorptine");
      assertEquals(Verdict.NO_LISTED_MATCH, id.verdict());
      assertFalse(id.warnings().isEmpty());
    }
  }

  @Nested
  class BadQueries {
    @Test
    void syntaxWithPosition() {
      BadQueryException e =
          assertThrows(BadQueryException.class, () -> identify("CCC(=O)N(c1ccccc1"));
      assertEquals(QueryProblem.SYNTAX, e.problem());
      assertTrue(e.position().isPresent());
    }

    @Test
    void casCheckDigit() {
      BadQueryException e = assertThrows(BadQueryException.class, () -> identify("437-38-8"));
      assertEquals(QueryProblem.INVALID_CODE, e.problem());
    }

    @Test
    void oversizeInputIsRefusedBeforeAnyParse() {
      String chain = "C".repeat(200_000);
      BadQueryException e = assertThrows(BadQueryException.class, () -> identify(chain));
      assertEquals(QueryProblem.TOO_LONG, e.problem());
    }

    @Test
    void emptyQuery() {
      assertEquals(
          QueryProblem.EMPTY,
          assertThrows(BadQueryException.class, () -> identify("  ")).problem());
    }

    @Test
    void massOutOfRange() {
      assertThrows(
          BadQueryException.class,
          () -> MassQuery.of(Double.POSITIVE_INFINITY, Adduct.PROTONATED, 5));
      assertThrows(BadQueryException.class, () -> MassQuery.of(300, Adduct.PROTONATED, 5000));
    }
  }

  @Test
  void aBatchGivesOneOutcomePerRecordInOrder() {
    List<Query> queries = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      queries.add(Query.detect(i % 3 == 0 ? FENTANYL : i % 3 == 1 ? "CC(" : "CCO"));
    }
    List<RecordOutcome> outcomes = new ArrayList<>();
    identifier.identifyAll(queries.iterator(), 2, outcomes::add);
    assertEquals(600, outcomes.size());
    for (int i = 0; i < 600; i++) {
      RecordOutcome o = outcomes.get(i);
      assertEquals(i + 1, o.record());
      assertEquals(queries.get(i), o.query());
      assertEquals(i % 3 == 1, o.error().isPresent(), "record " + (i + 1));
      if (i % 3 == 0) {
        assertEquals(Verdict.LISTED, o.identification().get().verdict());
      }
    }
  }

  @Nested
  class AsOf {
    @Test
    void fentanylBeforeAndAfterItsScheduling() {
      // Fentanyl entered Schedule I of the 1961 Convention in 1964 (bundled controls.tsv).
      Identification before =
          identifier.withAsOf(java.time.LocalDate.of(1960, 1, 1)).identify(FENTANYL);
      // The national listings of fentanyl (US Schedule II, China) carry no date, so they stay
      // in the answer as possibly in force; the 1961 listing, dated, does not.
      assertFalse(treatyControlled(before), before.toString());
      Identification after =
          identifier.withAsOf(java.time.LocalDate.of(1970, 1, 1)).identify(FENTANYL);
      assertEquals(Verdict.LISTED, after.verdict());
      assertTrue(treatyControlled(after), after.toString());
      assertEquals("1970-01-01", after.settings().asOf().orElseThrow().toString());
    }

    private static boolean treatyControlled(Identification id) {
      return id.listed().stream()
          .flatMap(m -> m.controls().stream())
          .anyMatch(c -> c.jurisdiction().isTreaty());
    }

    @Test
    void aClassDefinitionCountsOnlyOnceInEffect() {
      String analogue = CoveredByClassDefinition.ANALOGUE;
      assertEquals(Verdict.COVERED_BY_CLASS_DEFINITION, identify(analogue).verdict());
      // In 2010 neither China's 2019 class nor the US class listing was in effect; the UK generic
      // definition (no commencement date recorded, so counted) still covers it.
      Identification early =
          identifier.withAsOf(java.time.LocalDate.of(2010, 1, 1)).identify(analogue);
      assertTrue(
          early.warnings().stream()
              .anyMatch(
                  w ->
                      w.startsWith(
                          "cn-fentanyl-2019 covers it, but took effect only on 2019-05-01")),
          early.warnings().toString());
      assertTrue(
          early.warnings().stream()
              .anyMatch(w -> w.startsWith("us-frs covers it, but took effect")),
          early.warnings().toString());
      Identifier usAndChinaOnly =
          identifier
              .withClassDefinitions(
                  List.of(
                      org.opioidregistry.core.classdef.ClassDefinitions
                          .usFentanylRelatedSubstances(),
                      org.opioidregistry.core.classdef.ClassDefinitions.chinaFentanylClass2019()))
              .withAsOf(java.time.LocalDate.of(2010, 1, 1));
      assertFalse(
          usAndChinaOnly.identify(analogue).verdict() == Verdict.COVERED_BY_CLASS_DEFINITION);
    }

    @Test
    void theUsClassIsInEffectFromTheDayTheHaltFentanylActWasApproved() {
      // Public Law 119-26 was approved on 16 July 2025 (the enrolled law's own date); the day
      // before, the permanent class listing was not yet law and identification says so.
      Identifier usOnly =
          identifier.withClassDefinitions(
              List.of(
                  org.opioidregistry.core.classdef.ClassDefinitions.usFentanylRelatedSubstances()));
      String analogue = CoveredByClassDefinition.ANALOGUE;
      Identification before =
          usOnly.withAsOf(java.time.LocalDate.of(2025, 7, 15)).identify(analogue);
      assertTrue(
          before.warnings().stream()
              .anyMatch(w -> w.startsWith("us-frs covers it, but took effect only on 2025-07-16")),
          before.warnings().toString());
      Identification onTheDay =
          usOnly.withAsOf(java.time.LocalDate.of(2025, 7, 16)).identify(analogue);
      assertEquals(Verdict.COVERED_BY_CLASS_DEFINITION, onTheDay.verdict());
      assertTrue(
          onTheDay.warnings().stream().noneMatch(w -> w.startsWith("us-frs covers it, but")),
          onTheDay.warnings().toString());
    }
  }

  @Test
  void settingsAreCopiedNotShared() {
    Identifier strict = identifier.withSimilarCount(1).withNamePolicy(NamePolicy.EXACT_ONLY);
    assertEquals(IdentifierSettings.DEFAULT_SIMILAR_COUNT, identifier.settings().similarCount());
    assertEquals(1, strict.settings().similarCount());
    assertEquals(NamePolicy.EXACT_ONLY, strict.settings().namePolicy());
  }

  @AfterAll
  static void close() throws Exception {
    identifier.registry().close();
  }
}
