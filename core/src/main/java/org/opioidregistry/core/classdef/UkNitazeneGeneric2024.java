package org.opioidregistry.core.classdef;

import static org.opioidregistry.core.classdef.UkNitazeneClause.I;
import static org.opioidregistry.core.classdef.UkNitazeneClause.II;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.openscience.cdk.interfaces.IAtomContainer;

/**
 * The UK nitazene generic of SI 2024/1361 (paragraph 1(ea)): compounds of at most 500 u
 * structurally derived from 2-(2-benzylbenzimidazol-1-yl)ethanamine. A second scaffold, judged by
 * the same evaluation machinery as the fentanyl definitions.
 *
 * <p>Only the chapeau, clause (i) and a truncated summary of clause (ii) are available. A
 * modification no available clause allows is therefore {@link Coverage#UNDETERMINED}, never "not
 * covered"; "not covered" is reserved for failures of the chapeau (no parent skeleton, mass above
 * 500 u). Most nitro-nitazenes come out undetermined until the benzimidazole clause is added.
 *
 * <p>Immutable and thread-safe.
 */
final class UkNitazeneGeneric2024 implements ClassDefinition {
  static final UkNitazeneGeneric2024 INSTANCE = new UkNitazeneGeneric2024();

  static final String PARENT = "2-(2-benzylbenzimidazol-1-yl)ethanamine";
  private static final double MAX_MASS = 500.0;
  private static final String MISSING =
      "; the clauses after (ii) are not in the stored text of SI 2024/1361";

  private UkNitazeneGeneric2024() {}

  @Override
  public String id() {
    return "gb-nitazene-generic-2024";
  }

  @Override
  public String jurisdiction() {
    return "GB";
  }

  @Override
  public String legalSource() {
    return "Misuse of Drugs Act 1971, Schedule 2, Part I, paragraph 1(ea), inserted by the Misuse"
        + " of Drugs Act 1971 (Amendment) Order 2024, SI 2024/1361, art. 2(3)";
  }

  @Override
  public Optional<LocalDate> effectiveDate() {
    // Not recorded in the shared notes; left empty rather than guessed.
    return Optional.empty();
  }

  @Override
  public boolean wordingVerified() {
    return false;
  }

  @Override
  public String description() {
    return "PARTIAL WORDING: any compound (not being a compound for the time being specified in"
        + " sub-paragraph (a)) with a maximum molecular mass of 500 atomic mass units and"
        + " structurally derived from "
        + PARENT
        + " by modification in any of the listed ways. Only (i) (verbatim) and part of (ii)"
        + " are implemented; where another clause would be needed the answer is UNDETERMINED."
        + " Specifically listed substances (isotonitazene, butonitazene, brorphine...) fall"
        + " under their own listing instead.";
  }

  @Override
  public List<Clause> clauses() {
    return List.copyOf(Arrays.asList(UkNitazeneClause.values()));
  }

  @Override
  public ClassEvaluation evaluate(IAtomContainer mol) {
    return evaluate(NitazeneScaffold.decompose(mol));
  }

  /** Judges the readings of {@link NitazeneScaffold#decompose}, so that a screen can skip it. */
  ClassEvaluation evaluate(List<NitazeneParts> readings) {
    if (readings.isEmpty()) {
      return ClassEvaluation.notCovered(
          id(),
          List.of(),
          "no nitazene scaffold: no benzimidazole carrying a 2-aminoethyl-like chain on N1 and a"
              + " group on C2");
    }
    List<ClassEvaluation> out = new ArrayList<>();
    for (NitazeneParts p : readings) {
      EvaluationRecord v = new EvaluationRecord();
      judge(p, v);
      out.add(v.finish(id(), PARENT));
    }
    return EvaluationRecord.best(out);
  }

  private static void judge(NitazeneParts p, EvaluationRecord v) {
    if (Double.isNaN(p.molecularWeight())) {
      v.unknown("molecular mass cannot be computed (element outside the weight table)");
    } else if (p.molecularWeight() > MAX_MASS) {
      v.fail(
          String.format(
              Locale.ROOT,
              "molecular mass %.1f u exceeds the 500 u limit of the definition",
              p.molecularWeight()));
      return;
    }
    checkAmine(p, v);
    checkBenzyl(p, v);
    for (Substituent s : p.benzimidazoleSubstituents()) {
      v.unknown("benzimidazole ring " + s + ": substitution of that ring" + MISSING);
    }
  }

  private static void checkAmine(NitazeneParts p, EvaluationRecord v) {
    if (p.chainLength() != 2 || !p.chainSaturatedCarbon()) {
      v.unknown(
          "the ethanamine chain is changed ("
              + p.chainLength()
              + " chain atoms before the amine); only (i), on the amine nitrogen, is available"
              + MISSING);
      return;
    }
    for (Substituent s : p.chainSubstituents()) {
      v.unknown("ethanamine chain " + s + ": not covered by (i)" + MISSING);
    }
    if (p.amineInRing()) {
      // (i): "inclusion of the nitrogen atom (and no other atoms of the side chain) in a cyclic
      // structure"; chain atoms in a ring were excluded above.
      v.change(I, "NH2", p.amineName(), p.amineAtoms());
      return;
    }
    boolean allAllowed = true;
    for (Substituent s : p.amineSubstituents()) {
      boolean allowed =
          (s.type() == SubstituentType.ALKYL || s.type() == SubstituentType.ALKENYL)
              && s.carbons() <= 3;
      if (!allowed) {
        allAllowed = false;
        v.unknown(
            "amine N-"
                + s.name()
                + " is not an alkyl or alkenyl group of up to three carbons (i)"
                + MISSING);
      }
    }
    if (allAllowed && !p.amineSubstituents().isEmpty()) {
      // "to any extent": one change for the amine as a whole, e.g. NH2 -> diethylamino.
      v.change(I, "NH2", p.amineName(), p.amineAtoms());
    }
  }

  private static void checkBenzyl(NitazeneParts p, EvaluationRecord v) {
    if (p.aryl().isEmpty() || p.benzylLinkerLength() != 1 || !p.benzylLinkerSaturatedCarbon()) {
      v.unknown("the benzyl group at C2 is changed" + MISSING);
      return;
    }
    for (Substituent s : p.benzylLinkerSubstituents()) {
      v.unknown("benzyl methylene " + s.name() + ": not covered by (i) or (ii)" + MISSING);
    }
    RingSite aryl = p.aryl().get();
    if (!aryl.benzene() || !aryl.monocycle()) {
      v.unknown("the phenyl of the benzyl group is replaced by " + aryl.name() + MISSING);
      return;
    }
    boolean allAllowed = true;
    for (Substituent s : aryl.substituents()) {
      if (!allowedOnPhenyl(s)) {
        allAllowed = false;
        v.unknown(
            "benzyl phenyl "
                + s
                + ": not in the available part of (ii), which is cut after 'alkylsulphonyl'"
                + MISSING);
      }
    }
    if (allAllowed && !aryl.substituents().isEmpty()) {
      v.change(II, "phenyl", aryl.name(), aryl.atoms());
    }
  }

  /** The part of (ii) the notes hold, with its carbon limits. */
  private static boolean allowedOnPhenyl(Substituent s) {
    return switch (s.type()) {
      case ALKYL, HALOALKYL -> s.carbons() <= 6;
      case ALKOXY, HALOALKOXY, ALKYLTHIO -> s.carbons() <= 5;
      case ACYLOXY -> s.carbons() == 2; // acetyloxy only
      case HYDROXY, CYANO, HALO -> true;
      default -> false; // alkylsulphonyl's limit is in the cut-off text
    };
  }

  @Override
  public String toString() {
    return id();
  }
}
