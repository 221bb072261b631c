package org.opioidregistry.core.classdef;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.openscience.cdk.interfaces.IAtomContainer;

/**
 * Base of the definitions that describe modifications of fentanyl: decomposes once with {@link
 * FentanylScaffold} and lets each definition judge the parts against its own clauses. The checks
 * that several jurisdictions word identically live here; each check names the clause it applies.
 *
 * <p>Subclasses are immutable and thread-safe.
 */
abstract class FentanylClassDefinition implements ClassDefinition {
  /** alkyl, alkenyl, alkoxyl, hydroxyl, halo, haloalkyl, amino, nitro (US B, UK 2). */
  static final Set<SubstituentType> PHENETHYL_GROUPS =
      EnumSet.of(
          SubstituentType.ALKYL,
          SubstituentType.ALKENYL,
          SubstituentType.ALKOXY,
          SubstituentType.HYDROXY,
          SubstituentType.HALO,
          SubstituentType.HALOALKYL,
          SubstituentType.AMINO,
          SubstituentType.NITRO);

  /** The phenethyl groups plus ester and ether (US C, China 3). */
  static final Set<SubstituentType> PIPERIDINE_GROUPS = piperidineGroups();

  private static Set<SubstituentType> piperidineGroups() {
    Set<SubstituentType> s = EnumSet.copyOf(PHENETHYL_GROUPS);
    s.add(SubstituentType.ALKOXYCARBONYL);
    s.add(SubstituentType.ACYLOXY);
    s.add(SubstituentType.ALKOXYALKYL);
    return Set.copyOf(s);
  }

  /** Constructor for subclasses. */
  protected FentanylClassDefinition() {}

  @Override
  public final ClassEvaluation evaluate(IAtomContainer mol) {
    return evaluate(FentanylScaffold.decompose(mol));
  }

  /**
   * Judges an existing decomposition, so that several definitions can share one.
   *
   * @param decomposition the output of {@link FentanylScaffold#decompose}
   * @return the evaluation of the best reading: the first covered one, else the most complete
   */
  public final ClassEvaluation evaluate(FentanylDecomposition decomposition) {
    if (decomposition.isEmpty()) {
      return ClassEvaluation.notCovered(
          id(),
          List.of(),
          "no fentanyl scaffold: no piperidine ring carrying an amide nitrogen at C4"
              + " (4-anilidopiperidine core)");
    }
    List<ClassEvaluation> readings = new ArrayList<>();
    for (FentanylParts parts : decomposition.candidates()) {
      EvaluationRecord v = new EvaluationRecord();
      judge(parts, v);
      readings.add(v.finish(id(), "fentanyl"));
    }
    return EvaluationRecord.best(readings);
  }

  /** Records into {@code v} every change and the first failure. */
  abstract void judge(FentanylParts parts, EvaluationRecord v);

  @Override
  public List<Clause> clauses() {
    return List.copyOf(clauseValues());
  }

  abstract List<? extends Clause> clauseValues();

  @Override
  public String toString() {
    return id();
  }

  // ---- checks shared by definitions with the same wording ----

  /** "replacement of the N-propionyl group by another acyl group" (US E, China 1, UK 6). */
  static boolean checkAcyl(AcylSite acyl, Clause clause, EvaluationRecord v) {
    String site = clause.label() + ": ";
    switch (acyl.kind()) {
      case NONE:
        return v.fail(
            site
                + "no acyl group on the anilide nitrogen (an amine, as in 4-ANPP); the definition"
                + " allows replacing the propionyl group by another acyl group, not removing it");
      case THIOACYL:
        return v.fail(
            site
                + acyl.name()
                + " is a thioacyl group (C=S, a thioamide), not an acyl group in the sense of"
                + " replacing N-propionyl");
      case SULFONYL:
        return v.fail(
            site
                + acyl.name()
                + " is a sulfonyl group (a sulfonamide); read as outside 'acyl group', which"
                + " replaces a carbonyl group here");
      case CARBAMOYL:
        return v.fail(
            site
                + acyl.name()
                + " is a carbamoyl group (the compound is a urea); not read as an acyl group"
                + " replacing N-propionyl");
      default:
        break;
    }
    if (acyl.closesRing()) {
      return v.fail(site + "the acyl group forms a ring with another part of the scaffold");
    }
    if (!acyl.propionyl()) {
      v.change(clause, "propionyl", acyl.name(), acyl.atoms());
    }
    return true;
  }

  /** "replacement of the aniline ring with any aromatic monocycle ..." (US D, China 2). */
  static boolean checkArylAromaticMonocycle(
      FentanylParts parts, Clause clause, EvaluationRecord v) {
    String site = clause.label() + ": ";
    if (parts.aryl().isEmpty()) {
      return v.fail(site + "no ring on the amide nitrogen (the aniline ring is missing)");
    }
    RingSite aryl = parts.aryl().get();
    if (aryl.closesRing()) {
      return v.fail(site + "the aniline ring is joined by a ring to another part of the scaffold");
    }
    if (!aryl.monocycle()) {
      return v.fail(
          site
              + "the aniline ring is replaced by "
              + aryl.name()
              + ", a fused ring system; only an aromatic monocycle is allowed");
    }
    if (!aryl.aromatic()) {
      return v.fail(
          site
              + "the aniline ring is replaced by "
              + aryl.name()
              + ", which is not aromatic; only an aromatic monocycle is allowed");
    }
    if (!aryl.plainPhenyl()) {
      v.change(clause, "phenyl", aryl.name(), aryl.atoms());
    }
    return true;
  }

  /** Piperidine substituents from {@link #PIPERIDINE_GROUPS} at any carbon (US C, China 3). */
  static boolean checkPiperidineBroad(FentanylParts parts, Clause clause, EvaluationRecord v) {
    if (!checkPiperidineIsolated(parts, clause, v)) {
      return false;
    }
    for (Substituent s : parts.piperidineSubstituents()) {
      if (!PIPERIDINE_GROUPS.contains(s.type())) {
        return v.fail(
            clause.label()
                + ": piperidine "
                + s
                + " is not one of the groups allowed on the piperidine ring (alkyl, alkenyl,"
                + " alkoxyl, ester, ether, hydroxyl, halo, haloalkyl, amino, nitro)");
      }
      v.change(clause, "piperidine " + s.locant() + "-H", s.toString(), s.atoms());
    }
    return true;
  }

  static boolean checkPiperidineIsolated(FentanylParts parts, Clause clause, EvaluationRecord v) {
    if (!parts.piperidineIsolated()) {
      return v.fail(
          clause.label()
              + ": the piperidine ring is fused, bridged or spiro-joined to another ring; that is"
              + " not a substitution of the piperidine ring");
    }
    return true;
  }

  /** A second group on the piperidine nitrogen is an addition no clause allows (all three). */
  static boolean checkNoExtraNitrogenGroup(FentanylParts parts, String label, EvaluationRecord v) {
    if (!parts.extraNitrogenGroups().isEmpty()) {
      return v.fail(
          label
              + ": the piperidine nitrogen carries a further group ("
              + String.join(", ", parts.extraNitrogenGroups())
              + ") besides the phenethyl position (N-oxide or quaternary salt); no clause allows"
              + " adding a group there");
    }
    return true;
  }

  /** Shared wording for an unsubstituted piperidine nitrogen. */
  static String noNitrogenGroup(String label) {
    return label
        + ": the piperidine nitrogen is unsubstituted (the phenethyl group is removed, as in"
        + " norfentanyl); no clause allows removing it";
  }
}
