package org.opioidregistry.core.classdef;

import static org.opioidregistry.core.classdef.UkNitazeneClause.I;
import static org.opioidregistry.core.classdef.UkNitazeneClause.II;
import static org.opioidregistry.core.classdef.UkNitazeneClause.III;
import static org.opioidregistry.core.classdef.UkNitazeneClause.IV;
import static org.opioidregistry.core.classdef.UkNitazeneClause.V;
import static org.opioidregistry.core.classdef.UkNitazeneClause.VI;
import static org.opioidregistry.core.classdef.UkNitazeneClause.VII;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.openscience.cdk.interfaces.IAtomContainer;

/**
 * The UK nitazene generic of SI 2024/1361 (paragraph 1(ea)): compounds of at most 500 u
 * structurally derived from 2-(2-benzylbenzimidazol-1-yl)ethanamine by the modifications of clauses
 * (i) to (vii) ({@link UkNitazeneClause}, worded as the revised text of the Act prints them). A
 * second scaffold, judged by the same evaluation machinery as the fentanyl definitions.
 *
 * <p>A modification no clause allows is "not covered". Two combinations the wording leaves open are
 * {@link Coverage#UNDETERMINED}: a group on the nitrogen that replaces the benzylic carbon ((iv)
 * names the benzylic <em>carbon</em>), and further groups on a methylenedioxyphenyl that replaces
 * the phenyl ((ii) names the phenyl ring).
 *
 * <p>Immutable and thread-safe.
 */
final class UkNitazeneGeneric2024 implements ClassDefinition {
  static final UkNitazeneGeneric2024 INSTANCE = new UkNitazeneGeneric2024();

  static final String PARENT = "2-(2-benzylbenzimidazol-1-yl)ethanamine";
  private static final double MAX_MASS = 500.0;

  /** SI 2024/1361 came into force on 15 January 2025 (the date the data module verified). */
  private static final LocalDate IN_FORCE = LocalDate.of(2025, 1, 15);

  /** The groups of (iii) that {@link FragmentNames} names (nitro, cyano, halogen go by type). */
  private static final Set<String> BENZIMIDAZOLE_GROUPS =
      Set.of("acetyl", "methoxy", "trifluoromethyl", "trifluoromethoxy");

  /**
   * The CH2-CH2-O bridge of a 2,3-dihydrobenzofuran as {@link RingReader} reports it on the benzyl
   * ring: {@link FragmentNames}'s canonical SMILES of the bridge, both attachments starred.
   */
  private static final String DIHYDROFURAN_BRIDGE = "*OCC*";

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
        + " of Drugs Act 1971 (Amendment) Order 2024, SI 2024/1361, art. 2(3); wording from the"
        + " Act's revised text as at 2025-01-15 (legislation.gov.uk; copy"
        + " github:legalize-dev/legalize-uk, uk/ukpga-1971-38.md)";
  }

  @Override
  public Optional<LocalDate> effectiveDate() {
    return Optional.of(IN_FORCE);
  }

  @Override
  public boolean wordingVerified() {
    return true;
  }

  @Override
  public String description() {
    return "Any compound (not being a compound for the time being specified in sub-paragraph (a))"
        + " with a maximum molecular mass of 500 atomic mass units and structurally derived from "
        + PARENT
        + " by modification in any of the ways (i) to (vii). Specifically listed substances"
        + " (isotonitazene, butonitazene, brorphine...) fall under their own listing instead.";
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
    if (checkAmine(p, v) && checkBenzylic(p, v) && checkAryl(p, v)) {
      checkBenzimidazole(p, v);
    }
  }

  private static boolean checkAmine(NitazeneParts p, EvaluationRecord v) {
    if (p.chainLength() != 2 || !p.chainSaturatedCarbon()) {
      return v.fail(
          "the ethanamine side chain is changed ("
              + p.chainLength()
              + " atoms between N1 and the amine): no clause allows it");
    }
    if (!p.chainSubstituents().isEmpty()) {
      return v.fail(
          "ethanamine chain "
              + p.chainSubstituents().get(0)
              + ": no clause allows a group on the side chain");
    }
    if (p.amineInRing()) {
      // (i): "inclusion of the nitrogen atom (and no other atoms of the side chain) in a cyclic
      // structure"; chain atoms in a ring were excluded above.
      v.change(I, "NH2", p.amineName(), p.amineAtoms());
      return true;
    }
    for (Substituent s : p.amineSubstituents()) {
      boolean allowed =
          (s.type() == SubstituentType.ALKYL || s.type() == SubstituentType.ALKENYL)
              && s.carbons() <= 3;
      if (!allowed) {
        return v.fail(
            "amine N-" + s.name() + " is not an alkyl or alkenyl group of up to three carbons (i)");
      }
    }
    if (!p.amineSubstituents().isEmpty()) {
      // "to any extent": one change for the amine as a whole, e.g. NH2 -> diethylamino.
      v.change(I, "NH2", p.amineName(), p.amineAtoms());
    }
    return true;
  }

  /** The CH2 between C2 and the ring: (iv) a methyl on it, (v) N, O or S in its place. */
  private static boolean checkBenzylic(NitazeneParts p, EvaluationRecord v) {
    if (p.aryl().isEmpty() || p.benzylLinkerLength() != 1) {
      return v.fail(
          "C2 carries no benzyl-like group (one atom between C2 and a ring): no clause allows it");
    }
    List<Substituent> groups = p.benzylLinkerSubstituents();
    if (p.benzylLinkerElement() != 6) {
      String atom =
          switch (p.benzylLinkerElement()) {
            case 7 -> "NH";
            case 8 -> "O";
            default -> "S";
          };
      v.change(V, "CH2", atom, p.benzylLinkerAtoms());
      if (!groups.isEmpty()) {
        Substituent s = groups.get(0);
        return s.type() == SubstituentType.ALKYL && s.carbons() == 1 && groups.size() == 1
            ? v.unknown(
                "methyl on the "
                    + atom
                    + " that replaces the benzylic carbon (v): (iv) names a methyl on the"
                    + " benzylic carbon, and whether it reaches this atom is not settled")
            : v.fail(s.name() + " on the " + atom + " that replaces the benzylic carbon (v)");
      }
      return true;
    }
    if (!p.benzylLinkerSaturatedCarbon()) {
      return v.fail("the benzylic carbon is unsaturated: no clause allows it");
    }
    if (groups.isEmpty()) {
      return true;
    }
    Substituent s = groups.get(0);
    if (groups.size() == 1 && s.type() == SubstituentType.ALKYL && s.carbons() == 1) {
      v.change(IV, "CH2", "CH(CH3)", s.atoms());
      return true;
    }
    return v.fail("benzylic " + s.name() + ": (iv) allows one methyl group only");
  }

  /** The ring of the benzyl group: (ii) its substituents, (vi) and (vii) fused rings. */
  private static boolean checkAryl(NitazeneParts p, EvaluationRecord v) {
    RingSite aryl = p.aryl().get();
    if (!aryl.benzene()) {
      return v.fail("the phenyl of the benzyl group is replaced by " + aryl.name());
    }
    boolean methylenedioxy = false;
    List<Substituent> plain = new ArrayList<>();
    for (Substituent s : aryl.substituents()) {
      if (s.type() == SubstituentType.ALKYLENEDIOXY && s.carbons() == 1) {
        methylenedioxy = true;
        v.change(VII, "phenyl", "methylenedioxyphenyl", s.atoms());
      } else if (s.type() == SubstituentType.OTHER && DIHYDROFURAN_BRIDGE.equals(s.name())) {
        v.change(VI, "phenyl", "2,3-dihydrobenzofuranyl", s.atoms());
      } else if (s.type() == SubstituentType.ALKYLENEDIOXY) {
        return v.fail(
            "benzyl ring "
                + s
                + ": (vii) allows methylenedioxyphenyl, not a longer alkylenedioxy bridge");
      } else {
        plain.add(s);
      }
    }
    for (Substituent s : plain) {
      if (!allowedOnPhenyl(s)) {
        return v.fail("benzyl phenyl " + s + ": not a group of (ii) within its carbon limit");
      }
    }
    if (!plain.isEmpty()) {
      if (methylenedioxy) {
        return v.unknown(
            "benzyl ring "
                + plain.get(0)
                + " on a methylenedioxyphenyl (vii): (ii) names groups on the phenyl ring, and"
                + " whether it reaches the ring that replaced it is not settled");
      }
      v.change(II, "phenyl", aryl.name(), aryl.atoms());
    }
    return true;
  }

  /** (iii): the 5- and 6-positions, seven groups. */
  private static void checkBenzimidazole(NitazeneParts p, EvaluationRecord v) {
    List<Integer> atoms = new ArrayList<>();
    for (Substituent s : p.benzimidazoleSubstituents()) {
      boolean position = s.locant().equals("5") || s.locant().equals("6");
      boolean group =
          switch (s.type()) {
            case NITRO, CYANO, HALO -> true;
            default -> BENZIMIDAZOLE_GROUPS.contains(s.name());
          };
      if (!position || !group) {
        v.fail(
            "benzimidazole "
                + s
                + ": (iii) allows only nitro, acetyl, cyano, methoxy, trifluoromethyl,"
                + " trifluoromethoxy or halogen at the 5- or 6-position");
        return;
      }
      atoms.addAll(s.atoms());
    }
    if (!atoms.isEmpty()) {
      String to =
          String.join(
              ", ", p.benzimidazoleSubstituents().stream().map(Substituent::toString).toList());
      v.change(III, "H", to, atoms);
    }
  }

  /** Clause (ii)'s groups and carbon limits. */
  private static boolean allowedOnPhenyl(Substituent s) {
    return switch (s.type()) {
      case ALKYL, HALOALKYL -> s.carbons() <= 6;
      case ALKOXY, HALOALKOXY, ALKYLTHIO, ALKYLSULFONYL -> s.carbons() <= 5;
      case ACYLOXY -> s.carbons() == 2; // acetyloxy only
      case HYDROXY, CYANO, HALO -> true;
      default -> false;
    };
  }

  @Override
  public String toString() {
    return id();
  }
}
