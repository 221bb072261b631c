package org.opioidregistry.core.classdef;

import static org.opioidregistry.core.classdef.ChinaFentanylClause.FOUR;
import static org.opioidregistry.core.classdef.ChinaFentanylClause.ONE;
import static org.opioidregistry.core.classdef.ChinaFentanylClause.THREE;
import static org.opioidregistry.core.classdef.ChinaFentanylClause.TWO;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * China's class control of fentanyl-related substances (effective 1 May 2019): joint announcement
 * of the Ministry of Public Security, National Health Commission and NMPA of 1 April 2019, adding
 * fentanyl-related substances to the Supplementary List of non-medical narcotic and psychotropic
 * substances. Clauses as in the UNODC English summary.
 *
 * <p>Clause 4 replaces the whole phenethyl group by "another group, excluding hydrogen atom": any
 * group at all, so benzyl, methyl or 3-methoxy-3-oxopropyl (remifentanil) qualify, but an
 * unsubstituted piperidine nitrogen (norfentanyl) does not. Clauses 1 to 3 are read as US E, D and
 * C.
 *
 * <p>Immutable and thread-safe.
 */
final class ChinaFentanylClass2019 extends FentanylClassDefinition {
  static final ChinaFentanylClass2019 INSTANCE = new ChinaFentanylClass2019();

  private ChinaFentanylClass2019() {}

  @Override
  public String id() {
    return "cn-fentanyl-2019";
  }

  @Override
  public String jurisdiction() {
    return "CN";
  }

  @Override
  public String legalSource() {
    return "MPS/NHC/NMPA joint announcement of 1 April 2019, Supplementary List of Controlled"
        + " Narcotic Drugs and Psychotropic Substances with Non-medical Use (UNODC LSS summary)";
  }

  @Override
  public Optional<LocalDate> effectiveDate() {
    return Optional.of(LocalDate.of(2019, 5, 1));
  }

  @Override
  public boolean wordingVerified() {
    // Implemented from the UNODC English summary, quoted; the Chinese original is from memory.
    return true;
  }

  @Override
  public String description() {
    return "Fentanyl-related substances: compared with fentanyl, the structure meets one or more"
        + " of conditions 1-4. Named fentanyl analogues already on Chinese lists stay controlled"
        + " under their original listings, and approved medicines (fentanyl, sufentanil,"
        + " remifentanil, alfentanil) remain under the medical narcotics list; specifically"
        + " listed substances may fall under their own listing instead. Wording: UNODC English"
        + " summary.";
  }

  @Override
  List<ChinaFentanylClause> clauseValues() {
    return Arrays.asList(ChinaFentanylClause.values());
  }

  @Override
  void judge(FentanylParts p, EvaluationRecord v) {
    // Checked in a fixed order so the reason reported is the first failing site.
    if (!checkAcyl(p.acyl(), ONE, v)) {
      return;
    }
    if (!checkArylAromaticMonocycle(p, TWO, v)) {
      return;
    }
    if (!checkPiperidineBroad(p, THREE, v)) {
      return;
    }
    if (!checkNoExtraNitrogenGroup(p, "4", v)) {
      return;
    }
    checkNitrogenGroup(p, v);
  }

  private static boolean checkNitrogenGroup(FentanylParts p, EvaluationRecord v) {
    if (p.nitrogenSubstituent().isEmpty()) {
      return v.fail(
          "4: the piperidine nitrogen is unsubstituted; clause 4 excludes replacing the phenethyl"
              + " group by a hydrogen atom");
    }
    NitrogenSubstituentSite n = p.nitrogenSubstituent().get();
    if (n.closesRing()) {
      return v.fail("4: the piperidine N-substituent forms a ring with another scaffold part");
    }
    if (!n.phenethyl()) {
      v.change(FOUR, "phenethyl", n.name(), n.atoms());
    }
    return true;
  }
}
