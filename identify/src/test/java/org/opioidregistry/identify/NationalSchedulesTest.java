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

  /** Butorphanol as the FDA UNII record QV897JC36D draws it (drugs.ncats.io), with its stereo. */
  private static final String BUTORPHANOL_UNII =
      "OC1=CC=C2C[C@H]3N(CC4CCC4)CC[C@@]5(CCCC[C@@]35O)C2=C1";

  /** Flunitazene, from 21 CFR 1308.11(h)(52): N,N-diethyl-2-(2-(4-fluorobenzyl)-5-nitro-...). */
  private static final String FLUNITAZENE = "CCN(CC)CCn1c(Cc2ccc(F)cc2)nc2cc([N+](=O)[O-])ccc21";

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
  void eachCountryListsNDesethylEtonitazeneFromItsOwnDay() {
    // The UK from 2024-03-20 (S.I. 2024/190), China's supplementary list from 2024-07-01 (as
    // transcribed), the US temporary order FR Doc 2025-19542 from 2025-10-15.
    assertEquals(Set.of("GB"), listedIn(LocalDate.of(2024, 6, 1)));
    assertEquals(Set.of("GB", "CN"), listedIn(LocalDate.of(2024, 8, 1)));
    assertEquals(Set.of("GB", "CN", "US"), listedIn(LocalDate.of(2025, 10, 16)));
    Identification now = identifier.identify(N_DESETHYL_ETONITAZENE);
    assertEquals(Verdict.LISTED, now.verdict(), now.toString());
    ListedMatch match = now.listed().get(0);
    assertEquals("n-desethyl-etonitazene", match.substance().id().value());
    assertEquals("supplementary", only(match, "CN").schedule());
    assertEquals("Class A", only(match, "GB").schedule());
    assertEquals("2025-10-15", only(match, "US").since().toString());
  }

  private static Set<String> listedIn(LocalDate day) {
    return jurisdictionsIn(identifier.withAsOf(day).identify(N_DESETHYL_ETONITAZENE));
  }

  @Test
  void aTemporaryUsListingCountsFromItsFederalRegisterDate() {
    Identification before = identifier.withAsOf(LocalDate.of(2021, 2, 1)).identify(BRORPHINE);
    Identification after = identifier.withAsOf(LocalDate.of(2021, 3, 2)).identify(BRORPHINE);
    assertTrue(jurisdictionsIn(before).stream().noneMatch("US"::equals), before.toString());
    assertEquals("2021-03-01", only(after.listed().get(0), "US").since().toString());
    assertTrue(jurisdictionsIn(after).contains("US"), after.toString());
  }

  @Test
  void butorphanolAsItsRecordDrawsItCarriesItsUsScheduleIvListing() {
    // The registry stores butorphanol without stereo (the listing includes its optical
    // isomers), so the record's (-)-isomer is a listed stereoisomer of it.
    Identification id = identifier.identify(BUTORPHANOL_UNII);
    assertEquals(Verdict.LISTED_ISOMER, id.verdict(), id.toString());
    ListedMatch match = id.listed().get(0);
    assertEquals("butorphanol", match.substance().id().value());
    assertEquals("IV", only(match, "US").schedule());
  }

  @Test
  void aTemporaryUsListingMadePermanentIsReplacedByThePermanentOne() {
    Control temporary =
        only(
            identifier.withAsOf(LocalDate.of(2023, 6, 1)).identify(FLUNITAZENE).listed().get(0),
            "US");
    assertEquals("2022-04-12", temporary.since().toString());
    Control permanent =
        only(
            identifier.withAsOf(LocalDate.of(2025, 1, 1)).identify(FLUNITAZENE).listed().get(0),
            "US");
    assertEquals("2024-10-25", permanent.since().toString());
    assertTrue(permanent.instrument().toString().contains("89 FR 85047"), permanent.toString());
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
