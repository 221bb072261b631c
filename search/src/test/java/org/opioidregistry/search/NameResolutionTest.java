package org.opioidregistry.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opioidregistry.core.substance.Substance;
import org.opioidregistry.data.ReferenceData;
import org.opioidregistry.search.NameResolution.Outcome;

/**
 * When a name is an identity, against the bundled reference data. The pairs are listed substances
 * that differ in one marker or one letter: 3-methylfentanyl (CAS 42045-86-3) and
 * alpha-methylfentanyl (CAS 79704-88-4) are different compounds (a methyl on the piperidine ring,
 * or on the phenethyl chain); etonitazene, metonitazene and butonitazene are 5-nitrobenzimidazole
 * opioids with an ethoxy, methoxy or butoxy benzyl group; alfentanil, sufentanil and ocfentanil are
 * three different 4-anilidopiperidines.
 */
class NameResolutionTest {

  private static Registry registry;

  @BeforeAll
  static void open() {
    registry = Registry.inMemory(ReferenceData.bundled().substances());
  }

  @AfterAll
  static void close() throws IOException {
    registry.close();
  }

  private static NameResolution resolve(String query) {
    return NameResolution.of(registry.findByName(query, NameResolution.SEARCH_LIMIT));
  }

  private static String identifiedId(String query) {
    NameResolution r = resolve(query);
    assertEquals(Outcome.IDENTIFIED, r.outcome(), query + ": " + r);
    return r.identified().orElseThrow().substance().id().value();
  }

  @Test
  void greekStandInIsNotALocant() {
    assertEquals("alpha-methylfentanyl", identifiedId("a-methylfentanyl"));
    assertEquals("beta-hydroxyfentanyl", identifiedId("b-hydroxyfentanyl"));
    assertEquals("beta-hydroxy-3-methylfentanyl", identifiedId("b-hydroxy-3-methylfentanyl"));
    Substance alpha = resolve("a-methylfentanyl").identified().orElseThrow().substance();
    Substance three = resolve("3-methylfentanyl").identified().orElseThrow().substance();
    assertNotEquals(
        alpha.structure().orElseThrow().inchiKey(), three.structure().orElseThrow().inchiKey());
  }

  @Test
  void oneLetterShortOfALongNameIsATypo() {
    NameResolution brorphin = resolve("brorphin");
    assertEquals(Outcome.IDENTIFIED, brorphin.outcome(), brorphin.reason());
    NameMatch match = brorphin.identified().orElseThrow();
    assertEquals("brorphine", match.substance().id().value());
    assertEquals(NameMatchKind.TYPO, match.kind());
    assertEquals(1, match.edits());
    assertEquals("fentanyl", identifiedId("fentanl"));
    assertEquals("fentanyl", identifiedId("fentanly"));
    assertEquals("isotonitazene", identifiedId("isotonitazine"));
    assertEquals("acetylfentanyl", identifiedId("acetyfentanyl"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    // A one-letter slip in a name of seven letters or fewer is not taken as a typo.
    "etazine, etazene, 1",
    "ANPB, anpp, 1",
    // A typo that changes a digit, a locant or a Greek letter names another substance.
    // (4-methylfentanyl and b-methylfentanyl are registered now, as national-list entries.)
    "5-methylfentanyl, 3-methylfentanyl, 1",
    "meta-fluorofentanyl, para-fluorofentanyl, 1",
    "U-47701, u-47700, 1",
    "MT-46, mt-45, 1",
    "gamma-methylfentanyl, alpha-methylfentanyl, 4",
  })
  void nearMissesAreLeadsOnly(String query, String nearest, int edits) {
    NameResolution r = resolve(query);
    assertEquals(Outcome.LEADS_ONLY, r.outcome(), query + ": " + r);
    assertTrue(r.identified().isEmpty());
    NameMatch lead =
        r.candidates().stream()
            .filter(m -> m.substance().id().value().equals(nearest))
            .findFirst()
            .orElseThrow(() -> new AssertionError(nearest + " among the leads: " + r));
    assertEquals(NameMatchKind.PARTIAL, lead.kind());
    assertEquals(edits, lead.edits(), lead.toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // one letter from each of three listed nitazenes
        "betonitazene | butonitazene etonitazene metonitazene",
        // al- or su-, al- or oc-: one letter from each
        "aufentanil | alfentanil sufentanil",
        "acfentanil | alfentanil ocfentanil",
      })
  void equallyCloseListedNamesAreCandidatesWithoutIdentity(String query, String expected) {
    NameResolution r = resolve(query);
    assertEquals(Outcome.AMBIGUOUS, r.outcome(), query + ": " + r);
    assertTrue(r.identified().isEmpty());
    Set<String> ids =
        r.candidates().stream().map(m -> m.substance().id().value()).collect(Collectors.toSet());
    assertEquals(Set.of(expected.split(" ")), ids, r.reason());
    r.candidates().forEach(m -> assertEquals(1, m.edits(), m.toString()));
  }

  @Test
  void anExactNameBeatsAOneLetterRival() {
    // "metonitazene" is one letter from "etonitazene", and names metonitazene exactly.
    NameResolution r = resolve("metonitazene");
    assertEquals("metonitazene", identifiedId("metonitazene"));
    assertTrue(r.reason().contains("Etonitazene"), r.reason());
    assertEquals("ortho-fluorofentanyl", identifiedId("2-fluorofentanyl"));
  }

  @Test
  void codesIdentify() {
    assertEquals("u-47700", identifiedId("U47700"));
    assertEquals("fentanyl", identifiedId("437-38-7"));
    assertEquals("fentanyl", identifiedId("437387"));
  }

  @Test
  void nothingFound() {
    NameResolution r = resolve("zzzzqqqq");
    assertEquals(Outcome.NOT_FOUND, r.outcome(), r.toString());
    assertTrue(r.candidates().isEmpty());
  }

  // The rule itself, on constructed results.

  private static final Substance A = TestSubstances.fentanyl();
  private static final Substance B = TestSubstances.carfentanil();

  private static NameMatch match(Substance s, NameMatchKind kind, int edits) {
    return new NameMatch(s, s.name(), kind, 0.5, edits, "test");
  }

  @Test
  void theMarginGrowsWithTheDistance() {
    assertEquals(1, NameResolution.clearDistance(0));
    assertEquals(2, NameResolution.clearDistance(1));
    assertEquals(3, NameResolution.clearDistance(2));
    assertEquals(5, NameResolution.clearDistance(3));
    assertEquals(
        Outcome.IDENTIFIED,
        NameResolution.of(
                List.of(match(A, NameMatchKind.TYPO, 2), match(B, NameMatchKind.PARTIAL, 3)))
            .outcome());
    assertEquals(
        Outcome.AMBIGUOUS,
        NameResolution.of(
                List.of(match(A, NameMatchKind.TYPO, 3), match(B, NameMatchKind.PARTIAL, 4)))
            .outcome());
    // Two substances with the same name (or code) are no identity either.
    assertEquals(
        Outcome.AMBIGUOUS,
        NameResolution.of(
                List.of(
                    match(A, NameMatchKind.EXACT_NAME, 0), match(B, NameMatchKind.EXACT_NAME, 0)))
            .outcome());
    assertEquals(
        Outcome.AMBIGUOUS,
        NameResolution.of(List.of(match(A, NameMatchKind.CODE, 0), match(B, NameMatchKind.CODE, 0)))
            .outcome());
  }

  @Test
  void theClosestIdentifyingMatchIsChosenWhateverTheScoreOrder() {
    // A prefix ranked first is a lead; the typo behind it identifies.
    NameResolution r =
        NameResolution.of(
            List.of(match(B, NameMatchKind.PREFIX, 4), match(A, NameMatchKind.TYPO, 1)));
    assertEquals(A, r.identified().orElseThrow().substance());
  }

  @Test
  void queryMatchesCompareNoSpellingAndNeverIdentify() {
    NameMatch query =
        new NameMatch(A, A.name(), NameMatchKind.QUERY, 1, NameMatch.NOT_COMPARED, "q");
    assertEquals(Outcome.LEADS_ONLY, NameResolution.of(List.of(query)).outcome());
    assertThrows(
        IllegalArgumentException.class,
        () -> new NameMatch(A, A.name(), NameMatchKind.TYPO, 1, NameMatch.NOT_COMPARED, "x"));
    assertThrows(
        IllegalArgumentException.class,
        () -> new NameMatch(A, A.name(), NameMatchKind.EXACT_NAME, 1, 1, "x"));
  }
}
