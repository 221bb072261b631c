package org.opioidregistry.core.classdef;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.openscience.cdk.interfaces.IAtomContainer;

/**
 * Reads a molecule against the fentanyl scaffold once, so that every fentanyl class definition
 * judges the same parts.
 *
 * <pre>
 *   [acyl] C(=O)R ─ N ─ [aryl]                     fentanyl: propionyl, phenyl
 *                   │
 *                   C4 of [piperidine] ─ N1 ─ [linker] ─ [ring]      fentanyl: CH2CH2, phenyl
 * </pre>
 *
 * <p>The anchor is a piperidine ring (one nitrogen, five sp3 carbons, single bonds) whose C4
 * carries an acyclic nitrogen (the anilide N). Everything else is read as found, including absent
 * parts (4-ANPP has no acyl; norfentanyl has nothing on N1), so that a definition can say which
 * part fails. Groups that close a ring between two parts are flagged, never silently read as
 * substituents.
 *
 * <pre>{@code
 * FentanylDecomposition d = FentanylScaffold.decompose(mol);
 * d.candidates().get(0).acyl().name(); // "furan-2-carbonyl"
 * }</pre>
 *
 * <p>Stateless and thread-safe; the molecule is copied, never modified.
 */
final class FentanylScaffold {
  private static final String PROPIONYL = "propionyl";
  private static final String PHENETHYL = "phenethyl";

  private FentanylScaffold() {}

  /**
   * Decomposes a molecule. Salts and other disconnected components are ignored naturally, because
   * every part is read by walking bonds from the piperidine.
   *
   * @param mol a molecule with implicit hydrogen counts set; not modified
   * @return every reading, most complete first; empty if there is no piperidin-4-yl amine
   */
  public static FentanylDecomposition decompose(IAtomContainer mol) {
    MolGraph g = MolGraph.of(mol);
    List<FentanylParts> out = new ArrayList<>();
    for (int[] ring : g.rings()) {
      int[] pip = piperidineFromN(g, ring);
      if (pip == null) {
        continue;
      }
      int c4 = pip[3];
      for (int b : g.neighbours(c4)) {
        if (g.element(b) == 7 && !g.inRing(b) && !g.aromatic(b) && g.order(c4, b) == 1) {
          out.add(read(g, pip, b));
        }
      }
    }
    out.sort(Comparator.comparingInt(FentanylParts::completeness).reversed());
    return new FentanylDecomposition(out);
  }

  /** The six ring atoms ordered N1, C2 ... C6, or null if this ring is not a piperidine. */
  private static int[] piperidineFromN(MolGraph g, int[] ring) {
    if (ring.length != 6) {
      return null;
    }
    int nitrogen = -1;
    for (int i = 0; i < 6; i++) {
      int a = ring[i];
      int z = g.element(a);
      if (g.aromatic(a) || (z != 6 && z != 7) || g.order(a, ring[(i + 1) % 6]) != 1) {
        return null;
      }
      if (z == 7) {
        if (nitrogen >= 0) {
          return null;
        }
        nitrogen = i;
      }
    }
    if (nitrogen < 0) {
      return null;
    }
    int[] ordered = new int[6];
    for (int i = 0; i < 6; i++) {
      ordered[i] = ring[(nitrogen + i) % 6];
    }
    return ordered;
  }

  private static FentanylParts read(MolGraph g, int[] pip, int anilideN) {
    BitSet core = new BitSet();
    for (int a : pip) {
      core.set(a);
    }
    core.set(anilideN);

    boolean isolated = true;
    for (int a : pip) {
      isolated &= g.ringsOf(a).size() == 1;
    }

    // Anilide nitrogen: one carbonyl-like group and one ring, in whichever order.
    AcylSite acyl = AcylSite.NONE;
    Optional<RingSite> aryl = Optional.empty();
    for (int b : g.neighbours(anilideN)) {
      if (b == pip[3]) {
        continue;
      }
      BitSet group = g.reach(b, core);
      boolean closes = g.bondsInto(group, core) > 1;
      AcylKind kind = acylKind(g, b, anilideN);
      if (kind != AcylKind.NONE && !g.inRing(b) && acyl.kind() == AcylKind.NONE) {
        String name = FragmentNames.name(g, group);
        acyl = new AcylSite(kind, name, name.equals(PROPIONYL), closes, MolGraph.indices(group));
      } else if (g.inRing(b) && aryl.isEmpty()) {
        aryl = Optional.of(RingReader.read(g, b, anilideN, group, closes));
      }
    }

    List<Substituent> pipSubs = new ArrayList<>();
    for (int i = 1; i < 6; i++) {
      pipSubs.addAll(SubstituentClassifier.groupsOn(g, pip[i], core, String.valueOf(i + 1)));
    }

    // N1 normally carries one group. A second one (N-oxide, quaternary salt) is reported apart;
    // the group that reaches a ring is taken as the phenethyl position.
    Optional<NitrogenSubstituentSite> n1 = Optional.empty();
    List<String> extra = new ArrayList<>();
    for (int b : g.neighbours(pip[0])) {
      if (core.get(b)) {
        continue;
      }
      NitrogenSubstituentSite site = readNitrogenGroup(g, pip[0], b, core);
      if (n1.isEmpty()) {
        n1 = Optional.of(site);
      } else if (n1.get().ring().isEmpty() && site.ring().isPresent()) {
        extra.add(n1.get().name());
        n1 = Optional.of(site);
      } else {
        extra.add(site.name());
      }
    }
    return new FentanylParts(acyl, aryl, pipSubs, isolated, n1, extra);
  }

  private static AcylKind acylKind(MolGraph g, int atom, int anilideN) {
    int z = g.element(atom);
    if (z == 16) {
      int oxo = 0;
      for (int b : g.neighbours(atom)) {
        if (g.element(b) == 8 && g.order(atom, b) == 2) {
          oxo++;
        }
      }
      return oxo == 2 ? AcylKind.SULFONYL : AcylKind.NONE;
    }
    if (z != 6) {
      return AcylKind.NONE;
    }
    boolean carbonyl = false;
    boolean thiocarbonyl = false;
    int third = -1;
    for (int b : g.neighbours(atom)) {
      int order = g.order(atom, b);
      if (order == 2 && g.element(b) == 8) {
        carbonyl = true;
      } else if (order == 2 && g.element(b) == 16) {
        thiocarbonyl = true;
      } else if (b != anilideN) {
        third = b;
      }
    }
    if (thiocarbonyl) {
      return AcylKind.THIOACYL;
    }
    if (!carbonyl) {
      return AcylKind.NONE;
    }
    if (third < 0) {
      return AcylKind.FORMYL;
    }
    // The third neighbour decides: C (acyl proper), O (carbamate), N (urea).
    return switch (g.element(third)) {
      case 6 -> AcylKind.CARBOXYLIC;
      case 8 -> AcylKind.ALKOXYCARBONYL;
      case 7 -> AcylKind.CARBAMOYL;
      default -> AcylKind.NONE;
    };
  }

  private static NitrogenSubstituentSite readNitrogenGroup(
      MolGraph g, int n1, int root, BitSet core) {
    BitSet group = g.reach(root, core);
    boolean closes = g.bondsInto(group, core) > 1;
    String name = FragmentNames.name(g, group);

    ChainWalk.Chain chain = ChainWalk.walk(g, n1, root, group, g::inRing);
    if (chain == null) {
      return new NitrogenSubstituentSite(
          name, false, 0, false, List.of(), Optional.empty(), closes, MolGraph.indices(group));
    }
    List<Integer> linker = chain.atoms();
    int ringAtom = chain.end();
    boolean saturatedCarbon = chain.saturatedCarbon();

    // Everything reachable from the ring without crossing the linker is the ring's group.
    BitSet linkerAtoms = new BitSet();
    linker.forEach(linkerAtoms::set);
    BitSet blocked = (BitSet) core.clone();
    blocked.or(linkerAtoms);
    BitSet ringGroup = g.reach(ringAtom, blocked);
    BitSet chainBlocked = (BitSet) blocked.clone();
    chainBlocked.or(ringGroup);
    List<Substituent> linkerSubs =
        ChainWalk.substituents(g, linker, chainBlocked, FentanylScaffold::linkerLocant);
    int from = linker.isEmpty() ? n1 : linker.get(linker.size() - 1);
    RingSite ring = RingReader.read(g, ringAtom, from, ringGroup, closes);
    if (name.startsWith("*") && linker.size() == 2 && saturatedCarbon) {
      // Not in the name table: "2-fluoro-2-phenylethyl" reads better than its SMILES.
      name = ethylName(linkerSubs, ring.name());
    }
    return new NitrogenSubstituentSite(
        name,
        name.equals(PHENETHYL),
        linker.size(),
        saturatedCarbon,
        linkerSubs,
        Optional.of(ring),
        closes,
        MolGraph.indices(group));
  }

  /** Substitutive name of a 2-(ring)ethyl group with groups on its two carbons. */
  private static String ethylName(List<Substituent> linkerSubs, String ringName) {
    StringBuilder out = new StringBuilder();
    for (Substituent s : linkerSubs) {
      String locant = s.locant().equals("alpha") ? "1" : "2";
      boolean plain = s.name().matches("[a-z]+");
      out.append(locant).append('-').append(plain ? s.name() : "(" + s.name() + ")").append('-');
    }
    boolean plainRing = ringName.matches("[a-z]+");
    return out.append("2-")
        .append(plainRing ? ringName : "(" + ringName + ")")
        .append("ethyl")
        .toString();
  }

  /** Fentanyl usage: alpha is the carbon on N1, beta the one on the ring. */
  private static String linkerLocant(int index, int length) {
    if (length == 2) {
      return index == 0 ? "alpha" : "beta";
    }
    return "linker C" + (index + 1);
  }
}
