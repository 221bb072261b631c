package org.opioidregistry.identify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opioidregistry.core.substance.Control;
import org.opioidregistry.core.substance.Jurisdiction;
import org.opioidregistry.search.Relation;

/**
 * The substances a forensic laboratory meets most, identified against the bundled registry by
 * structure, as a salt and by name, with the schedules of the 1961 Convention that the printed
 * Schedules give them; the excepted isomers that must not be reported as listed; and an "as of"
 * question either side of a scheduling date.
 *
 * <p>The query SMILES are not the registry's own: each is OPSIN 2.8.0's reading of a chemical name,
 * for the listed substances the one printed in the German Betäubungsmittelgesetz, Anlagen I-III
 * (copy github:bundestag/gesetze 79bdc90), quoted beside each; for the others the name in the
 * substance's check_reference. Only the UN controls are asserted: national controls of the same
 * substances are data that other tables add.
 */
class BundledControlsIdentificationTest {

  private static Identifier identifier;

  @BeforeAll
  static void open() {
    identifier = Identifier.bundled();
  }

  /** BtMG Anlage I (Heroin): [(5R,6S)-4,5-Epoxy-17-methyl-morphin-7-en-3,6-diyl]diacetat. */
  static final String HEROIN =
      "CC(=O)OC=1C=CC=2C[C@@H]3[C@@H]4C=C[C@@H]([C@H]5[C@@]4(C2C1O5)CCN3C)OC(C)=O";

  /** BtMG Anlage III: (5R,6S)-4,5-Epoxy-17-methyl-morphin-7-en-3,6-diol. */
  static final String MORPHINE =
      "CN1[C@H]2[C@@H]3C=C[C@@H]([C@H]4[C@@]3(C=3C(=C(C=CC3C2)O)O4)CC1)O";

  /** BtMG Anlage III: 4,5α-Epoxy-14-hydroxy-3-methoxy-17-methylmorphinan-6-on. */
  static final String OXYCODONE = "O[C@@]12CCC([C@H]3[C@]14C=1C(=C(C=CC1C[C@H]2N(CC4)C)OC)O3)=O";

  /** BtMG Anlage III: 4,5α-Epoxy-3-methoxy-17-methylmorphin-7-en-6α-ol. */
  static final String CODEINE = "COC=1C=CC=2C[C@@H]3[C@@H]4C=C[C@@H]([C@H]5[C@@]4(C2C1O5)CCN3C)O";

  /** BtMG Anlage III: (5R,6R,7R,14R)-4,5-Epoxy-7-[(R)-2-hydroxypentan-2-yl]-6-methoxy-... */
  static final String ETORPHINE =
      "O[C@](C)(CCC)[C@@H]1[C@]2([C@H]3[C@]45C=6C(=C(C=CC6C[C@H]([C@]4(C1)C=C2)N(CC5)C)O)O3)OC";

  /**
   * BtMG Anlage III: Ethyl[(1RS,2SR)-2-dimethylamino-1-phenylcyclohex-3-encarboxylat], drawn as the
   * (1R,2S) enantiomer as the registry stores it.
   */
  static final String TILIDINE = "CN([C@@H]1[C@](CCC=C1)(C(=O)OCC)C1=CC=CC=C1)C";

  /** (9S,13S,14S)-3-methoxy-17-methylmorphinan: excepted from the 1961 Schedule I. */
  static final String DEXTROMETHORPHAN = "COC=1C=CC=2C[C@H]3[C@H]4CCCC[C@]4(C2C1)CCN3C";

  /** (2R,3S)-4-(dimethylamino)-3-methyl-1,2-diphenylbutan-2-yl propanoate. */
  static final String LEVOPROPOXYPHENE = "C(CC)(=O)O[C@](CC1=CC=CC=C1)([C@H](CN(C)C)C)C1=CC=CC=C1";

  /** 2-[(dimethylamino)methyl]-1-(3-methoxyphenyl)cyclohexanol (no stereo). */
  static final String TRAMADOL = "CN(C)CC1C(CCCC1)(O)C1=CC(=CC=C1)OC";

  /** BtMG Anlage I: Methyl[1-phenethyl-4-(N-phenylpropanamido)piperidin-4-carboxylat]. */
  static final String CARFENTANIL = "C(CC1=CC=CC=C1)N1CCC(CC1)(C(=O)OC)N(C(CC)=O)C1=CC=CC=C1";

  static Stream<Arguments> mostMet() {
    return Stream.of(
        Arguments.of("heroin", "Heroin", HEROIN, Set.of("I", "IV")),
        Arguments.of("morphine", "Morphine", MORPHINE, Set.of("I")),
        Arguments.of("oxycodone", "Oxycodone", OXYCODONE, Set.of("I")),
        Arguments.of("codeine", "Codeine", CODEINE, Set.of("II")),
        Arguments.of("etorphine", "Etorphine", ETORPHINE, Set.of("I", "IV")),
        Arguments.of("tilidine", "Tilidine", TILIDINE, Set.of("I")));
  }

  private static Set<String> unSchedules(ListedMatch match, Jurisdiction treaty) {
    Set<String> schedules = new TreeSet<>();
    for (Control c : match.controls()) {
      if (c.jurisdiction().equals(treaty)) {
        schedules.add(c.schedule());
      }
    }
    return schedules;
  }

  private static ListedMatch onlyListed(Identification id, String substance) {
    assertEquals(Verdict.LISTED, id.verdict(), id.toString());
    List<ListedMatch> counting =
        id.listed().stream().filter(ListedMatch::countsForVerdict).toList();
    assertEquals(1, counting.size(), id.toString());
    ListedMatch match = counting.get(0);
    assertEquals(substance, match.substance().id().value(), id.toString());
    return match;
  }

  @Nested
  class TheOpioidsALaboratoryMeetsMost {

    @ParameterizedTest(name = "{0} as SMILES")
    @MethodSource("org.opioidregistry.identify.BundledControlsIdentificationTest#mostMet")
    void asSmiles(String id, String name, String smiles, Set<String> schedules) {
      ListedMatch match = onlyListed(identifier.identify(smiles), id);
      assertEquals(Relation.IDENTICAL, match.relation());
      assertEquals(schedules, unSchedules(match, Jurisdiction.UN_1961));
    }

    @ParameterizedTest(name = "{0} as hydrochloride")
    @MethodSource("org.opioidregistry.identify.BundledControlsIdentificationTest#mostMet")
    void asASalt(String id, String name, String smiles, Set<String> schedules) {
      ListedMatch match = onlyListed(identifier.identify(smiles + ".Cl"), id);
      assertEquals(Relation.SALT, match.relation());
      assertEquals(schedules, unSchedules(match, Jurisdiction.UN_1961));
    }

    @ParameterizedTest(name = "{0} by name")
    @MethodSource("org.opioidregistry.identify.BundledControlsIdentificationTest#mostMet")
    void byName(String id, String name, String smiles, Set<String> schedules) {
      Identification found = identifier.identify(name);
      ListedMatch match = onlyListed(found, id);
      assertEquals(schedules, unSchedules(match, Jurisdiction.UN_1961));
      // The name's registered structure is the one the SMILES query finds.
      assertEquals(
          identifier.identify(smiles).structure().orElseThrow().inchiKey(),
          found.structure().orElseThrow().inchiKey());
    }

    @Test
    void heroinByItsInnSynonym() {
      onlyListed(identifier.identify("diacetylmorphine"), "heroin");
    }

    @Test
    void theMirrorImageOfTheDrawnTilidineEnantiomerIsAListedIsomer() {
      // The 1961 entry (and the BtMG name) gives the racemic trans relative configuration; the
      // registry draws one enantiomer, so the other must be found as an isomer, not missed.
      String mirror = "CN([C@H]1[C@@](CCC=C1)(C(=O)OCC)C1=CC=CC=C1)C";
      Identification id = identifier.identify(mirror);
      assertEquals(Verdict.LISTED_ISOMER, id.verdict(), id.toString());
      assertEquals("tilidine", id.listed().get(0).substance().id().value());
    }
  }

  @Nested
  class ExceptedIsomers {

    @Test
    void dextromethorphanIsNeitherListedNorAListedIsomer() {
      for (String query : List.of(DEXTROMETHORPHAN, DEXTROMETHORPHAN + ".Br", "dextromethorphan")) {
        Identification id = identifier.identify(query);
        assertNotEquals(Verdict.LISTED, id.verdict(), id.toString());
        assertNotEquals(Verdict.LISTED_ISOMER, id.verdict(), id.toString());
        assertTrue(id.listed().stream().noneMatch(ListedMatch::countsForVerdict), id.toString());
      }
    }

    @Test
    void levopropoxypheneIsNeitherListedNorAListedIsomer() {
      for (String query : List.of(LEVOPROPOXYPHENE, LEVOPROPOXYPHENE + ".Cl", "levopropoxyphene")) {
        Identification id = identifier.identify(query);
        assertNotEquals(Verdict.LISTED, id.verdict(), id.toString());
        assertNotEquals(Verdict.LISTED_ISOMER, id.verdict(), id.toString());
        assertTrue(id.listed().stream().noneMatch(ListedMatch::countsForVerdict), id.toString());
      }
    }

    @Test
    void theExceptionIsNarrowLevomethorphanItselfIsListed() {
      // The same skeleton with the (9R,13R,14R) configuration is levomethorphan: listed. The
      // exception above is what keeps dextromethorphan out, not a blind spot for the skeleton.
      String levomethorphan = "COC=1C=CC=2C[C@@H]3[C@@H]4CCCC[C@@]4(C2C1)CCN3C";
      Identification id = identifier.identify(levomethorphan);
      assertEquals(Verdict.LISTED, id.verdict(), id.toString());
      ListedMatch identical = id.listed().get(0);
      assertEquals("levomethorphan", identical.substance().id().value());
      assertEquals(Relation.IDENTICAL, identical.relation());
      // Racemethorphan's listing reaches it as an isomer as well; dextromethorphan is reported
      // beside it but does not count.
      assertTrue(
          id.listed().stream()
              .anyMatch(
                  m ->
                      m.substance().id().value().equals("dextromethorphan")
                          && !m.countsForVerdict()),
          id.toString());
    }
  }

  @Nested
  class AsOfADate {

    @Test
    void carfentanilHasNoUnControlBeforeItsSchedulingAndHasOneAfter() {
      // UN-1961 Schedules I and IV since 2018 (verified year; bundled controls.tsv).
      Identification before = identifier.withAsOf(LocalDate.of(2017, 6, 1)).identify(CARFENTANIL);
      assertTrue(
          before.listed().stream()
              .filter(m -> m.substance().id().value().equals("carfentanil"))
              .allMatch(m -> unSchedules(m, Jurisdiction.UN_1961).isEmpty()),
          before.toString());
      Identification after = identifier.withAsOf(LocalDate.of(2019, 1, 1)).identify(CARFENTANIL);
      ListedMatch match = onlyListed(after, "carfentanil");
      assertEquals(Set.of("I", "IV"), unSchedules(match, Jurisdiction.UN_1961));
    }

    @Test
    void cannabisLeftScheduleIvButStaysInScheduleI() {
      Identification id = identifier.withAsOf(LocalDate.of(2021, 6, 1)).identify("cannabis");
      ListedMatch match = onlyListed(id, "cannabis");
      assertEquals(Set.of("I"), unSchedules(match, Jurisdiction.UN_1961));
      Identification earlier = identifier.withAsOf(LocalDate.of(2015, 6, 1)).identify("cannabis");
      assertEquals(
          Set.of("I", "IV"), unSchedules(onlyListed(earlier, "cannabis"), Jurisdiction.UN_1961));
    }
  }

  @Nested
  class NationalOnly {

    @Test
    void tramadolIsListedUnderUsScheduleIvAndNoUnConvention() {
      for (String query : List.of(TRAMADOL, TRAMADOL + ".Cl", "tramadol")) {
        ListedMatch match = onlyListed(identifier.identify(query), "tramadol");
        assertTrue(
            match.controls().stream()
                .anyMatch(c -> c.jurisdiction().code().equals("US") && c.schedule().equals("IV")),
            match.controls().toString());
        assertFalse(
            match.controls().stream().anyMatch(c -> c.jurisdiction().isTreaty()),
            match.controls().toString());
      }
    }
  }

  @Nested
  class WithoutAStructure {

    @Test
    void opiumAndCocaLeafAreFoundByName() {
      for (String name : List.of("opium", "coca leaf")) {
        Identification id = identifier.identify(name);
        String expected = name.replace(' ', '-');
        ListedMatch match = onlyListed(id, expected);
        assertFalse(match.substance().hasStructure(), name);
        assertFalse(unSchedules(match, Jurisdiction.UN_1961).isEmpty(), id.toString());
      }
    }
  }
}
