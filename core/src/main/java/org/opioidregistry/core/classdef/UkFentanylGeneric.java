package org.opioidregistry.core.classdef;

import static org.opioidregistry.core.classdef.UkFentanylClause.FIVE;
import static org.opioidregistry.core.classdef.UkFentanylClause.FOUR;
import static org.opioidregistry.core.classdef.UkFentanylClause.ONE;
import static org.opioidregistry.core.classdef.UkFentanylClause.SIX;
import static org.opioidregistry.core.classdef.UkFentanylClause.THREE;
import static org.opioidregistry.core.classdef.UkFentanylClause.TWO;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The UK fentanyl generic definition, Misuse of Drugs Act 1971, Schedule 2, Part I, paragraph 1(d)
 * (added by the Misuse of Drugs Act 1971 (Modification) Order 1986, SI 1986/2230 art. 2(2)(b)).
 * First implemented from a paraphrase; its six clauses were checked against the Act's revised text
 * as at 2025-01-15 ({@link UkFentanylClause}), which words them as the paraphrase did.
 *
 * <p>Narrower than the US definition: the phenethyl phenyl may be replaced only by a
 * heteromonocycle; the aniline ring may be substituted (alkyl, alkoxy, alkylenedioxy, halogeno,
 * haloalkyl) but not replaced; piperidine substituents are alkyl or alkenyl anywhere, and
 * alkoxycarbonyl, alkoxyalkyl or acyloxy only at C4.
 *
 * <p>Immutable and thread-safe.
 */
final class UkFentanylGeneric extends FentanylClassDefinition {
  static final UkFentanylGeneric INSTANCE = new UkFentanylGeneric();

  private static final Set<SubstituentType> ANILINE_GROUPS =
      EnumSet.of(
          SubstituentType.ALKYL,
          SubstituentType.ALKOXY,
          SubstituentType.ALKYLENEDIOXY,
          SubstituentType.HALO,
          SubstituentType.HALOALKYL);
  private static final Set<SubstituentType> PIPERIDINE_ANYWHERE =
      EnumSet.of(SubstituentType.ALKYL, SubstituentType.ALKENYL);
  private static final Set<SubstituentType> PIPERIDINE_C4 =
      EnumSet.of(
          SubstituentType.ALKOXYCARBONYL, SubstituentType.ALKOXYALKYL, SubstituentType.ACYLOXY);

  private UkFentanylGeneric() {}

  @Override
  public String id() {
    return "gb-fentanyl-generic";
  }

  @Override
  public String jurisdiction() {
    return "GB";
  }

  @Override
  public String legalSource() {
    return "Misuse of Drugs Act 1971, Schedule 2, Part I, paragraph 1(d), added by SI 1986/2230,"
        + " art. 2(2)(b); wording from the Act's revised text as at 2025-01-15 (legislation.gov.uk;"
        + " copy github:legalize-dev/legalize-uk, uk/ukpga-1971-38.md)";
  }

  @Override
  public Optional<LocalDate> effectiveDate() {
    // The revised text's note names SI 1986/2230 but not its commencement; a guess is not data.
    return Optional.empty();
  }

  @Override
  public boolean wordingVerified() {
    return true;
  }

  @Override
  public String description() {
    return "Any compound (not being a compound for the time being specified in sub-paragraph"
        + " (a)) structurally derived from fentanyl by modification in any of the ways (i)-(vi),"
        + " labelled 1-6 here. Compounds specified by name in 1(a)"
        + " (fentanyl, alfentanil, carfentanil, lofentanil, sufentanil...) fall under their own"
        + " listing instead. Commencement date of the 1986 Order not recorded here.";
  }

  @Override
  List<UkFentanylClause> clauseValues() {
    return Arrays.asList(UkFentanylClause.values());
  }

  @Override
  void judge(FentanylParts p, EvaluationRecord v) {
    // Checked in a fixed order so the reason reported is the first failing site.
    if (!checkAcyl(p.acyl(), SIX, v)) {
      return;
    }
    if (!checkAniline(p, v)) {
      return;
    }
    if (!checkPiperidine(p, v)) {
      return;
    }
    if (!checkNoExtraNitrogenGroup(p, "1/2", v)) {
      return;
    }
    checkPhenethyl(p, v);
  }

  private static boolean checkAniline(FentanylParts p, EvaluationRecord v) {
    if (p.aryl().isEmpty()) {
      return v.fail("4: no ring on the amide nitrogen (the aniline ring is missing)");
    }
    RingSite aryl = p.aryl().get();
    if (aryl.closesRing()) {
      return v.fail("4: the aniline ring is joined by a ring to another part of the scaffold");
    }
    if (!aryl.benzene()) {
      return v.fail(
          "4: the aniline ring is replaced by "
              + aryl.name()
              + "; the UK generic allows substitution in the aniline ring, not its replacement");
    }
    if (!aryl.monocycle() && !aryl.fusedOnlyByAlkylenedioxy()) {
      return v.fail("4: the aniline ring is part of a fused ring system (" + aryl.name() + ")");
    }
    for (Substituent s : aryl.substituents()) {
      if (!ANILINE_GROUPS.contains(s.type())) {
        return v.fail(
            "4: "
                + s
                + " on the aniline ring is not one of alkyl, alkoxy, alkylenedioxy, halogeno,"
                + " haloalkyl");
      }
    }
    if (!aryl.substituents().isEmpty()) {
      v.change(FOUR, "phenyl", aryl.name(), aryl.atoms());
    }
    return true;
  }

  private static boolean checkPiperidine(FentanylParts p, EvaluationRecord v) {
    if (!checkPiperidineIsolated(p, THREE, v)) {
      return false;
    }
    for (Substituent s : p.piperidineSubstituents()) {
      if (PIPERIDINE_ANYWHERE.contains(s.type())) {
        v.change(THREE, "piperidine " + s.locant() + "-H", s.toString(), s.atoms());
      } else if (s.locant().equals("4") && PIPERIDINE_C4.contains(s.type())) {
        v.change(FIVE, "piperidine 4-H", s.toString(), s.atoms());
      } else {
        return v.fail(
            "3/5: piperidine "
                + s
                + ": the UK generic allows only alkyl or alkenyl on the piperidine ring, and"
                + " alkoxycarbonyl, alkoxyalkyl or acyloxy at the 4-position");
      }
    }
    return true;
  }

  private static boolean checkPhenethyl(FentanylParts p, EvaluationRecord v) {
    if (p.nitrogenSubstituent().isEmpty()) {
      return v.fail(noNitrogenGroup("1/2"));
    }
    NitrogenSubstituentSite n = p.nitrogenSubstituent().get();
    if (n.closesRing()) {
      return v.fail("1/2: the piperidine N-substituent forms a ring with another scaffold part");
    }
    if (n.phenethyl()) {
      return true;
    }
    if (n.ring().isEmpty()) {
      return v.fail(
          "1/2: the phenethyl group is replaced by "
              + n.name()
              + ", which has no ring; only the phenyl portion may be replaced (1) or the"
              + " phenethyl group substituted (2)");
    }
    if (!UsFentanylRelatedSubstances.linkerIsEthylene(n, "1/2", v)) {
      return false;
    }
    for (Substituent s : n.linkerSubstituents()) {
      if (!PHENETHYL_GROUPS.contains(s.type())) {
        return v.fail(
            "2: "
                + s
                + " on the ethylene linker is not one of alkyl, alkenyl, alkoxy, hydroxy,"
                + " halogeno, haloalkyl, amino, nitro");
      }
      v.change(TWO, s.locant() + "-H", s.toString(), s.atoms());
    }
    RingSite ring = n.ring().get();
    if (!ring.monocycle()) {
      return v.fail(
          "1: the phenyl of the phenethyl group is replaced by "
              + ring.name()
              + ", a fused ring system; only a heteromonocycle is allowed");
    }
    if (ring.benzene()) {
      for (Substituent s : ring.substituents()) {
        if (!PHENETHYL_GROUPS.contains(s.type())) {
          return v.fail(
              "2: "
                  + s
                  + " on the phenethyl phenyl ring is not one of alkyl, alkenyl, alkoxy, hydroxy,"
                  + " halogeno, haloalkyl, amino, nitro (and a benzene ring is not a"
                  + " heteromonocycle under 1)");
        }
      }
      if (!ring.substituents().isEmpty()) {
        v.change(TWO, "phenyl", ring.name(), ring.atoms());
      }
      return true;
    }
    if (!ring.hetero()) {
      return v.fail(
          "1: the phenyl of the phenethyl group is replaced by "
              + ring.name()
              + ", a carbocycle; the UK generic allows only a heteromonocycle");
    }
    v.change(ONE, "phenyl", ring.name(), ring.atoms());
    return true;
  }
}
