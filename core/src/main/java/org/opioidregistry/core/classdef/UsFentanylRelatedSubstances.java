package org.opioidregistry.core.classdef;

import static org.opioidregistry.core.classdef.UsFentanylClause.A;
import static org.opioidregistry.core.classdef.UsFentanylClause.B;
import static org.opioidregistry.core.classdef.UsFentanylClause.C;
import static org.opioidregistry.core.classdef.UsFentanylClause.D;
import static org.opioidregistry.core.classdef.UsFentanylClause.E;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * US "fentanyl-related substances": 21 U.S.C. 812(c) Schedule I (e), as made permanent by the HALT
 * Fentanyl Act (2025); the same five modifications as the temporary class listing in 21 CFR
 * 1308.11(h) (since 6 February 2018).
 *
 * <p>Readings adopted here (the package documentation lists them all):
 *
 * <ul>
 *   <li>"acyl" is C(=O)-R with R = H, carbon or O-alkyl: DEA has treated the ethyl carbamate as a
 *       fentanyl-related substance, so alkoxycarbonyl counts. Ureas (carbamoyl), thioamides and
 *       sulfonamides do not.
 *   <li>"in or on" a ring or group means substituents attached to it; replacing a ring atom (a
 *       piperazine), changing ring size or linker length or unsaturating the linker is not
 *       substitution.
 *   <li>A (any monocycle) takes aromatic or not, carbocyclic or heterocyclic, further substituted
 *       by anything; a benzene ring carrying a group B does not list (e.g. cyano) is read as a
 *       "further substituted" monocycle under A, as D is read for substituted phenyls. Fused,
 *       bridged and spiro systems are not monocycles (a methylenedioxyphenyl is a bicycle).
 *   <li>Fentanyl itself (no modification) is not a fentanyl-related substance; it is Schedule II.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
final class UsFentanylRelatedSubstances extends FentanylClassDefinition {
  static final UsFentanylRelatedSubstances INSTANCE = new UsFentanylRelatedSubstances();

  private UsFentanylRelatedSubstances() {}

  @Override
  public String id() {
    return "us-frs";
  }

  @Override
  public String jurisdiction() {
    return "US";
  }

  @Override
  public String legalSource() {
    return "21 U.S.C. 812(c) Schedule I (e) (HALT Fentanyl Act, Public Law 119-26, approved"
        + " 2025-07-16); formerly 21 CFR"
        + " 1308.11(h) temporary class scheduling (83 FR 5188, 2018)";
  }

  @Override
  public Optional<LocalDate> effectiveDate() {
    // The day Public Law 119-26 (S. 331, 139 Stat. 410) was approved, 16 July 2025, as the
    // enrolled law prints it (GPO text, congress.gov PLAW-119publ26; statute compilation
    // COMPS-18185, approvedDate 2025-07-16). Its section 2 adds schedule I (e) to 21 U.S.C. 812(c)
    // with no later effective date, so the listing applies from enactment. CRS Legal Sidebar
    // LSB11343, cited here before, says "July 17, 2025": that contradicts the law's own text.
    // The temporary class listing with the same modifications applied from 2018-02-06.
    return Optional.of(LocalDate.of(2025, 7, 16));
  }

  @Override
  public boolean wordingVerified() {
    return true;
  }

  @Override
  public String description() {
    return "Fentanyl-related substances: any substance structurally related to fentanyl by one or"
        + " more of modifications A-E (and its salts, isomers and salts of isomers). Substances"
        + " controlled in another schedule or by DEA action under 21 U.S.C. 811 (fentanyl,"
        + " alfentanil, sufentanil, remifentanil, carfentanil and other named analogues) are"
        + " excluded by (e)(3) and fall under their own listing instead; this evaluation is"
        + " structural only.";
  }

  @Override
  List<UsFentanylClause> clauseValues() {
    return Arrays.asList(UsFentanylClause.values());
  }

  @Override
  void judge(FentanylParts p, EvaluationRecord v) {
    // Checked in a fixed order so the reason reported is the first failing site.
    if (!checkAcyl(p.acyl(), E, v)) {
      return;
    }
    if (!checkArylAromaticMonocycle(p, D, v)) {
      return;
    }
    if (!checkPiperidineBroad(p, C, v)) {
      return;
    }
    if (!checkNoExtraNitrogenGroup(p, "A/B", v)) {
      return;
    }
    checkPhenethyl(p, v);
  }

  private static boolean checkPhenethyl(FentanylParts p, EvaluationRecord v) {
    if (p.nitrogenSubstituent().isEmpty()) {
      return v.fail(noNitrogenGroup("A/B"));
    }
    NitrogenSubstituentSite n = p.nitrogenSubstituent().get();
    if (n.closesRing()) {
      return v.fail("A/B: the piperidine N-substituent forms a ring with another scaffold part");
    }
    if (n.phenethyl()) {
      return true;
    }
    if (n.ring().isEmpty()) {
      return v.fail(
          "A/B: the phenethyl group is replaced by "
              + n.name()
              + ", which has no ring; only the phenyl portion may be replaced (A) or the"
              + " phenethyl group substituted (B)");
    }
    if (!linkerIsEthylene(n, "A/B", v)) {
      return false;
    }
    for (Substituent s : n.linkerSubstituents()) {
      if (!PHENETHYL_GROUPS.contains(s.type())) {
        return v.fail(
            "B: "
                + s
                + " on the ethylene linker is not one of alkyl, alkenyl, alkoxyl, hydroxyl, halo,"
                + " haloalkyl, amino, nitro");
      }
      v.change(B, s.locant() + "-H", s.toString(), s.atoms());
    }
    RingSite ring = n.ring().get();
    if (!ring.monocycle()) {
      return v.fail(
          "A: the phenyl of the phenethyl group is replaced by "
              + ring.name()
              + ", a fused ring system; A allows only a monocycle");
    }
    if (ring.benzene()) {
      if (ring.substituents().isEmpty()) {
        return true;
      }
      boolean allB =
          ring.substituents().stream().allMatch(s -> PHENETHYL_GROUPS.contains(s.type()));
      // A benzene ring with groups B does not list is still "a monocycle further substituted".
      v.change(allB ? B : A, "phenyl", ring.name(), ring.atoms());
      return true;
    }
    v.change(A, "phenyl", ring.name(), ring.atoms());
    return true;
  }

  /** Linker must be exactly the two saturated carbons of phenethyl (shared with the UK). */
  static boolean linkerIsEthylene(NitrogenSubstituentSite n, String label, EvaluationRecord v) {
    if (n.linkerLength() != 2) {
      String length =
          n.linkerSaturatedCarbon()
              ? n.linkerLength() + (n.linkerLength() == 1 ? " carbon" : " carbons")
              : n.linkerLength() + (n.linkerLength() == 1 ? " atom" : " atoms");
      return v.fail(
          label
              + ": linker between piperidine N and ring is "
              + length
              + " ("
              + n.name()
              + "); the definition allows the ethylene linker only");
    }
    if (!n.linkerSaturatedCarbon()) {
      return v.fail(
          label
              + ": the linker between piperidine N and ring is not a saturated two-carbon chain ("
              + n.name()
              + "); changing the chain itself is not a substitution");
    }
    return true;
  }
}
