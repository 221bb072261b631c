package org.opioidregistry.identify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opioidregistry.core.substance.Control;

/**
 * Identification against the bundled national schedules (data module, {@code controls-us.tsv},
 * {@code controls-gb.tsv}, {@code controls-cn.tsv}): the verdict names the national listing as it
 * names a treaty one. The SMILES here are drawn from the listings' chemical names, independently of
 * the registry's own.
 */
class NationalSchedulesTest {

  /** Isobutyryl fentanyl, N-(1-phenethylpiperidin-4-yl)-N-phenylisobutyramide. */
  private static final String ISOBUTYRYL_FENTANYL = "CC(C)C(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1";

  /** Codeine, (5R,6S)-4,5-epoxy-3-methoxy-17-methylmorphin-7-en-6-ol. */
  private static final String CODEINE =
      "COc1ccc2C[C@H]3N(C)CC[C@@]45[C@@H](Oc1c24)[C@@H](O)C=C[C@@H]35";

  /** N-desethyl etonitazene, from the Chinese list's name (2024 announcement, item 10). */
  private static final String N_DESETHYL_ETONITAZENE =
      "CCNCCn1c(Cc2ccc(OCC)cc2)nc2cc([N+](=O)[O-])ccc21";

  /** Brorphine, 21 CFR 1308.11(h)(49), temporarily listed from 2021-03-01 (86 FR 11866). */
  private static final String BRORPHINE = "CC(c1ccc(Br)cc1)N1CCC(CC1)N1C(=O)Nc2ccccc21";

  private static Identifier identifier;

  @BeforeAll
  static void open() {
    identifier = Identifier.bundled();
  }

  @Test
  void aFentanylRelatedSubstanceIsListedUnderUsScheduleI() {
    for (String query : List.of(ISOBUTYRYL_FENTANYL, ISOBUTYRYL_FENTANYL + ".Cl")) {
      Identification id = identifier.identify(query);
      assertEquals(Verdict.LISTED, id.verdict(), id.toString());
      ListedMatch match = id.listed().get(0);
      assertEquals("isobutyrylfentanyl", match.substance().id().value());
      Control us = only(match, "US");
      assertEquals("I", us.schedule());
      assertTrue(us.source().contains("1308.11(b)(45), DEA code 9827"), us.source());
    }
  }

  @Test
  void codeineIsClassBInTheUkAndScheduleIiInTheUs() {
    Identification id = identifier.identify(CODEINE);
    assertEquals(Verdict.LISTED, id.verdict(), id.toString());
    ListedMatch match = id.listed().get(0);
    assertEquals("codeine", match.substance().id().value());
    assertEquals("Class B", only(match, "GB").schedule());
    assertEquals("II", only(match, "US").schedule());
  }

  @Test
  void aSubstanceChinaListedFirstIsListedUnderChinaAloneUntilTheUsOrder() {
    // China's supplementary list from 2024-07-01 (as transcribed); the US temporary order
    // FR Doc 2025-19542 from 2025-10-15.
    Identification before =
        identifier.withAsOf(LocalDate.of(2025, 1, 1)).identify(N_DESETHYL_ETONITAZENE);
    assertEquals(Verdict.LISTED, before.verdict(), before.toString());
    ListedMatch match = before.listed().get(0);
    assertEquals("n-desethyl-etonitazene", match.substance().id().value());
    assertEquals(Set.of("CN"), jurisdictions(match));
    assertEquals("supplementary", only(match, "CN").schedule());
    Identification after =
        identifier.withAsOf(LocalDate.of(2025, 10, 16)).identify(N_DESETHYL_ETONITAZENE);
    assertEquals(Set.of("CN", "US"), jurisdictions(after.listed().get(0)));
    assertEquals("2025-10-15", only(after.listed().get(0), "US").since().toString());
  }

  @Test
  void aTemporaryUsListingCountsFromItsFederalRegisterDate() {
    Identification before = identifier.withAsOf(LocalDate.of(2021, 2, 1)).identify(BRORPHINE);
    Identification after = identifier.withAsOf(LocalDate.of(2021, 3, 2)).identify(BRORPHINE);
    assertTrue(jurisdictionsIn(before).stream().noneMatch("US"::equals), before.toString());
    assertEquals("2021-03-01", only(after.listed().get(0), "US").since().toString());
    assertTrue(jurisdictionsIn(after).contains("US"), after.toString());
  }

  private static Control only(ListedMatch match, String jurisdiction) {
    List<Control> controls =
        match.controls().stream()
            .filter(c -> c.jurisdiction().code().equals(jurisdiction))
            .toList();
    assertEquals(1, controls.size(), match.toString());
    return controls.get(0);
  }

  private static Set<String> jurisdictions(ListedMatch match) {
    return match.controls().stream().map(c -> c.jurisdiction().code()).collect(Collectors.toSet());
  }

  private static Set<String> jurisdictionsIn(Identification id) {
    return id.listed().stream()
        .flatMap(m -> m.controls().stream())
        .map(c -> c.jurisdiction().code())
        .collect(Collectors.toSet());
  }
}
