package org.opioidregistry.identify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opioidregistry.core.query.QueryKind;
import org.opioidregistry.core.substance.Control;
import org.opioidregistry.core.substance.Jurisdiction;
import org.opioidregistry.core.substance.ListedForm;
import org.opioidregistry.search.Relation;
import uk.ac.cam.ch.wwmm.opsin.NameToStructure;
import uk.ac.cam.ch.wwmm.opsin.OpsinResult;

/**
 * The 1961 Schedule I entries "morphine methobromide and other pentavalent nitrogen morphine
 * derivatives" and "morphine-N-oxide": the registered members are identified as listed, another
 * quaternary salt or N-oxide of morphine reaches the class entry through its listing's scope
 * ({@code pentavalent-nitrogen-derivatives}), and nothing else does.
 *
 * <p>Every query is OPSIN 2.8.0's reading of a chemical name, not a SMILES of the registry.
 */
class PentavalentNitrogenIdentificationTest {

  private static final NameToStructure OPSIN = NameToStructure.getInstance();
  private static Identifier identifier;

  @BeforeAll
  static void open() {
    identifier = Identifier.bundled();
  }

  private static String smiles(String name) {
    OpsinResult r = OPSIN.parseChemicalName(name);
    assertEquals(OpsinResult.OPSIN_RESULT_STATUS.SUCCESS, r.getStatus(), name);
    return r.getSmiles();
  }

  private static Identification identify(String name) {
    return identifier.identify(Query.of(QueryKind.SMILES, smiles(name)));
  }

  private static ListedMatch match(Identification id, String substance) {
    return id.listed().stream()
        .filter(m -> m.substance().id().value().equals(substance))
        .findFirst()
        .orElseThrow(() -> new AssertionError(substance + " not among " + id.listed()));
  }

  private static boolean scheduleI(List<Control> controls) {
    return controls.stream()
        .anyMatch(c -> c.jurisdiction().equals(Jurisdiction.UN_1961) && c.schedule().equals("I"));
  }

  @Test
  void morphineNOxideIsListedInScheduleI() {
    Identification id = identify("morphine N-oxide");
    assertEquals(Verdict.LISTED, id.verdict());
    ListedMatch m = match(id, "morphine-n-oxide");
    assertEquals(Relation.IDENTICAL, m.relation());
    assertTrue(scheduleI(m.controls()), m::toString);
    // It is also a member of the class entry, which the scope reaches.
    ListedMatch cls = match(id, "morphine-methobromide");
    assertEquals(Relation.PENTAVALENT_NITROGEN_DERIVATIVE, cls.relation());
    assertTrue(cls.countsForVerdict() && scheduleI(cls.controls()));
  }

  @Test
  void codeineNOxideIsListedInScheduleI() {
    Identification id = identify("codeine N-oxide");
    assertEquals(Verdict.LISTED, id.verdict());
    ListedMatch m = match(id, "codeine-n-oxide");
    assertEquals(Relation.IDENTICAL, m.relation());
    assertTrue(scheduleI(m.controls()), m::toString);
  }

  @Test
  void nMethylmorphiniumIodideIsTheClassEntryAsASalt() {
    Identification id =
        identify("(5R,6S)-4,5-epoxy-3,6-dihydroxy-17,17-dimethylmorphin-7-en-17-ium iodide");
    assertEquals(Verdict.LISTED, id.verdict());
    ListedMatch m = match(id, "morphine-methobromide");
    assertEquals(Relation.SALT, m.relation());
    assertTrue(scheduleI(m.controls()), m::toString);
  }

  @Test
  void anotherQuaternaryMorphiniumSaltIsReachedByTheClassEntry() {
    Identification id =
        identify("(5R,6S)-4,5-epoxy-17-ethyl-3,6-dihydroxy-17-methylmorphin-7-en-17-ium bromide");
    assertNotEquals(Verdict.NO_LISTED_MATCH, id.verdict());
    assertEquals(Verdict.LISTED_ISOMER, id.verdict());
    ListedMatch m = match(id, "morphine-methobromide");
    assertEquals(Relation.PENTAVALENT_NITROGEN_DERIVATIVE, m.relation());
    assertTrue(m.countsForVerdict());
    // Only the control whose wording names the derivatives is given.
    assertTrue(
        m.controls().stream().allMatch(c -> c.scope().coversPentavalentNitrogenDerivatives()));
    assertTrue(scheduleI(m.controls()));
    // The screen gives the identifier's verdict: the skeleton pre-check alone would miss it.
    ScreenResult screened =
        Screener.of(identifier)
            .screen(
                Query.of(
                    QueryKind.SMILES,
                    smiles(
                        "(5R,6S)-4,5-epoxy-17-ethyl-3,6-dihydroxy-"
                            + "17-methylmorphin-7-en-17-ium bromide")));
    assertEquals(Verdict.LISTED_ISOMER, screened.verdict());
  }

  @Test
  void plainMorphineIsStillIdenticalToMorphineOnly() {
    Identification id = identify("(5R,6S)-4,5-epoxy-17-methylmorphin-7-ene-3,6-diol");
    assertEquals(Verdict.LISTED, id.verdict());
    assertEquals(Relation.IDENTICAL, match(id, "morphine").relation());
    assertTrue(
        id.listed().stream()
            .noneMatch(m -> m.relation() == Relation.PENTAVALENT_NITROGEN_DERIVATIVE),
        id.listed()::toString);
  }

  @Test
  void theNOxideOfAnUnlistedAmineIsNotMadeListed() {
    for (String name :
        List.of(
            "N,N-dimethyldodecan-1-amine N-oxide", "N,N,N-trimethyldodecan-1-aminium bromide")) {
      Identification id = identify(name);
      assertFalse(
          id.verdict() == Verdict.LISTED || id.verdict() == Verdict.LISTED_ISOMER,
          () -> name + ": " + id.verdict());
      assertTrue(id.listed().isEmpty(), () -> name + ": " + id.listed());
    }
  }

  @Test
  void theNOxideOfAListedAmineWithoutSuchWordingIsNotReached() {
    // Fentanyl's listing names isomers, esters, ethers and salts, not pentavalent nitrogen
    // derivatives: its N-oxide is not a listed form of it (it may still be similar).
    Identification id =
        identify("N-phenyl-N-[1-(2-phenylethyl)-1-oxidopiperidin-1-ium-4-yl]propanamide");
    assertFalse(
        id.verdict() == Verdict.LISTED || id.verdict() == Verdict.LISTED_ISOMER,
        () -> id.verdict() + " " + id.listed());
  }

  // Esters and ethers. The 1961 Schedule I extends to "the esters and ethers, unless appearing in
  // another Schedule, of the drugs in this Schedule", and "other pentavalent nitrogen morphine
  // derivatives" is one of its drugs: an ester or ether of such a derivative is an ester or ether
  // of morphine (O3 and/or O6 acylated or alkylated) whose nitrogen is quaternary or an N-oxide.
  // None of those below appears in another Schedule. China's narcotic list item 71 reads the same
  // ("including its isomers, esters and ethers"); the UK entry as recorded names no esters or
  // ethers (Part IV of the Schedule was not read), so its control must not be given.

  private static final String HEROIN_N_OXIDE =
      "(5R,6S)-3,6-diacetoxy-4,5-epoxy-17-methylmorphin-7-ene 17-oxide";

  @Test
  void heroinNOxideIsAnEsterOfAPentavalentNitrogenMorphineDerivative() {
    Identification id = identify(HEROIN_N_OXIDE);
    assertEquals(Verdict.LISTED_ISOMER, id.verdict());
    ListedMatch m = match(id, "morphine-methobromide");
    assertEquals(Relation.PENTAVALENT_NITROGEN_DERIVATIVE, m.relation());
    assertTrue(m.countsForVerdict());
    assertTrue(scheduleI(m.controls()), m::toString);
    assertTrue(
        m.controls().stream()
            .allMatch(
                c ->
                    c.scope().coversPentavalentNitrogenDerivatives()
                        && c.scope().covers(ListedForm.ESTERS)),
        m::toString);
    assertTrue(
        m.controls().stream().noneMatch(c -> c.jurisdiction().code().equals("GB")), m::toString);
    // Heroin is its tertiary parent, but heroin's own listing names no pentavalent derivatives.
    assertTrue(id.listed().stream().noneMatch(x -> x.substance().id().value().equals("heroin")));
    // The screen agrees: the skeleton pre-check alone would miss it.
    ScreenResult screened =
        Screener.of(identifier).screen(Query.of(QueryKind.SMILES, smiles(HEROIN_N_OXIDE)));
    assertEquals(Verdict.LISTED_ISOMER, screened.verdict());
  }

  @Test
  void quaternaryAndNOxideEthersOfMorphineReachTheClassEntry() {
    for (String name :
        List.of(
            // N-methylcodeinium iodide (codeine methiodide): the 3-methyl ether, quaternised
            "(5R,6S)-4,5-epoxy-6-hydroxy-3-methoxy-17,17-dimethylmorphin-7-en-17-ium iodide",
            // ethylmorphine N-oxide: the 3-ethyl ether, oxidised
            "(5R,6S)-3-ethoxy-4,5-epoxy-17-methylmorphin-7-en-6-ol 17-oxide")) {
      Identification id = identify(name);
      assertEquals(Verdict.LISTED_ISOMER, id.verdict(), name);
      ListedMatch m = match(id, "morphine-methobromide");
      assertEquals(Relation.PENTAVALENT_NITROGEN_DERIVATIVE, m.relation(), name);
      assertTrue(scheduleI(m.controls()), () -> name + ": " + m);
      assertTrue(
          m.controls().stream().allMatch(c -> c.scope().covers(ListedForm.ETHERS)),
          () -> name + ": " + m);
    }
  }

  @Test
  void aPentavalentNitrogenElsewhereOrAnotherSkeletonIsNotAMorphineEsterOrEther() {
    for (String name :
        List.of(
            // pholcodine's morpholine N-oxide: morphine's own nitrogen stays tertiary
            "(5R,6S)-4,5-epoxy-17-methyl-3-[2-(4-oxidomorpholin-4-ium-4-yl)ethoxy]morphin-7-en-6-ol",
            // diacetyldihydromorphine N-oxide: C7-C8 saturated, not morphine's skeleton
            "(5R,6S)-3,6-diacetoxy-4,5-epoxy-17-methylmorphinan 17-oxide",
            // a ring substituent is no ester or ether, even beside the acetates
            "(5R,6S)-3,6-diacetoxy-1-bromo-4,5-epoxy-17-methylmorphin-7-ene 17-oxide")) {
      Identification id = identify(name);
      assertTrue(
          id.listed().stream()
              .noneMatch(m -> m.substance().id().value().equals("morphine-methobromide")),
          () -> name + ": " + id.listed());
    }
  }
}
