package org.opioidregistry.core.classdef;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import org.openscience.cdk.interfaces.IAtomContainer;

/**
 * Reads a molecule against 2-(2-benzylbenzimidazol-1-yl)ethanamine, the parent compound of the
 * nitazene generic definitions.
 *
 * <pre>
 *   benzo ring C4-C7 ─ benzimidazole ─ N1 ─ [chain] ─ N(amine)      parent: CH2CH2, NH2
 *                            │
 *                            C2 ─ [linker] ─ [aryl]                  parent: CH2, phenyl
 * </pre>
 *
 * <p>The anchor is an aromatic five-membered ring with two nitrogens fused to a benzene ring, whose
 * nitrogen N1 carries a chain ending in a non-aromatic nitrogen. Everything else is read as found.
 *
 * <pre>{@code
 * List<NitazeneParts> readings = NitazeneScaffold.decompose(mol);
 * }</pre>
 *
 * <p>Stateless and thread-safe; the molecule is copied, never modified.
 */
final class NitazeneScaffold {
  private NitazeneScaffold() {}

  /**
   * Decomposes a molecule.
   *
   * @param mol a molecule with implicit hydrogen counts set; not modified
   * @return every reading; empty if there is no N1-substituted 2-substituted benzimidazole
   */
  public static List<NitazeneParts> decompose(IAtomContainer mol) {
    MolGraph g = MolGraph.of(mol);
    List<NitazeneParts> out = new ArrayList<>();
    for (int[] five : g.rings()) {
      NitazeneParts parts = read(g, five);
      if (parts != null) {
        out.add(parts);
      }
    }
    return out;
  }

  private static NitazeneParts read(MolGraph g, int[] five) {
    if (five.length != 5) {
      return null;
    }
    // Ring order n?, c2, n?, c, c or a rotation of it: find C2 between the two nitrogens.
    int c2 = -1;
    for (int i = 0; i < 5; i++) {
      int a = five[i];
      if (!g.aromatic(a)) {
        return null;
      }
      if (g.element(a) == 6
          && g.element(five[(i + 1) % 5]) == 7
          && g.element(five[(i + 4) % 5]) == 7
          && g.element(five[(i + 2) % 5]) == 6
          && g.element(five[(i + 3) % 5]) == 6) {
        c2 = i;
      }
    }
    if (c2 < 0) {
      return null;
    }
    int na = five[(c2 + 1) % 5];
    int fa = five[(c2 + 2) % 5];
    int fb = five[(c2 + 3) % 5];
    int nb = five[(c2 + 4) % 5];
    int[] benzo = benzoRing(g, fa, fb);
    if (benzo == null) {
      return null;
    }
    BitSet core = new BitSet();
    for (int a : five) {
      core.set(a);
    }
    for (int a : benzo) {
      core.set(a);
    }
    int n1;
    int c7a;
    int c3a;
    if (exocyclic(g, na, core) >= 0) {
      n1 = na;
      c7a = fa;
      c3a = fb;
    } else if (exocyclic(g, nb, core) >= 0) {
      n1 = nb;
      c7a = fb;
      c3a = fa;
    } else {
      return null;
    }
    int sideRoot = exocyclic(g, n1, core);
    int benzylRoot = exocyclic(g, five[c2], core);
    // The parent has a carbon (the benzyl CH2) singly bonded to C2, which the UK generic lets a
    // nitrogen, oxygen or sulphur atom replace (clause (v)); an oxo group there makes a
    // benzimidazolone (brorphine), a different skeleton.
    if (benzylRoot < 0
        || !benzylicElement(g.element(benzylRoot))
        || g.order(five[c2], benzylRoot) != 1) {
      return null;
    }

    // Side chain N1 -> amine nitrogen.
    BitSet side = g.reach(sideRoot, core);
    ChainWalk.Chain chain =
        ChainWalk.walk(g, n1, sideRoot, side, a -> g.element(a) == 7 && !g.aromatic(a));
    if (chain == null) {
      return null;
    }
    BitSet chainAtoms = new BitSet();
    chain.atoms().forEach(chainAtoms::set);
    BitSet amineBlocked = (BitSet) core.clone();
    amineBlocked.or(chainAtoms);
    BitSet amineGroup = g.reach(chain.end(), amineBlocked);
    boolean amineInRing = g.inRing(chain.end());
    List<Substituent> amineSubs = new ArrayList<>();
    if (!amineInRing) {
      BitSet blocked = (BitSet) amineBlocked.clone();
      blocked.set(chain.end());
      amineSubs = SubstituentClassifier.groupsOn(g, chain.end(), blocked, "N");
    }
    BitSet chainBlocked = (BitSet) amineBlocked.clone();
    chainBlocked.or(amineGroup);
    List<Substituent> chainSubs =
        ChainWalk.substituents(g, chain.atoms(), chainBlocked, (i, n) -> "chain C" + (i + 1));

    // Benzyl: C2 -> first ring atom.
    BitSet benzylGroup = g.reach(benzylRoot, core);
    ChainWalk.Chain linker = ChainWalk.walk(g, five[c2], benzylRoot, benzylGroup, g::inRing);
    List<Integer> linkerAtomList = List.of();
    boolean linkerSaturated = false;
    int linkerElement = 0;
    List<Substituent> linkerSubs = List.of();
    Optional<RingSite> aryl = Optional.empty();
    if (linker != null) {
      BitSet linkerAtoms = new BitSet();
      linker.atoms().forEach(linkerAtoms::set);
      BitSet blocked = (BitSet) core.clone();
      blocked.or(linkerAtoms);
      BitSet ringGroup = g.reach(linker.end(), blocked);
      int from =
          linker.atoms().isEmpty() ? five[c2] : linker.atoms().get(linker.atoms().size() - 1);
      aryl = Optional.of(RingReader.read(g, linker.end(), from, ringGroup, false));
      BitSet linkerBlocked = (BitSet) blocked.clone();
      linkerBlocked.or(ringGroup);
      linkerSubs = ChainWalk.substituents(g, linker.atoms(), linkerBlocked, (i, n) -> "methylene");
      linkerAtomList = linker.atoms();
      linkerSaturated = linker.saturatedCarbon();
      linkerElement = linkerAtomList.size() == 1 ? g.element(linkerAtomList.get(0)) : 0;
    }

    return new NitazeneParts(
        benzoSubstituents(g, benzo, c3a, c7a, core),
        chain.atoms().size(),
        chain.saturatedCarbon(),
        chainSubs,
        amineInRing,
        FragmentNames.name(g, amineGroup),
        MolGraph.indices(amineGroup),
        amineSubs,
        linkerAtomList,
        linkerSaturated,
        linkerElement,
        linkerSubs,
        aryl,
        g.molecularWeight(g.reach(n1, new BitSet())));
  }

  /**
   * Carbon, or the nitrogen, oxygen or sulphur that clause (v) lets replace the benzylic carbon.
   */
  private static boolean benzylicElement(int element) {
    return element == 6 || element == 7 || element == 8 || element == 16;
  }

  /** The aromatic all-carbon six-membered ring containing both fusion atoms. */
  private static int[] benzoRing(MolGraph g, int fa, int fb) {
    for (int r : g.ringsOf(fa)) {
      int[] ring = g.rings()[r];
      if (ring.length != 6 || !g.ringsOf(fb).contains(r)) {
        continue;
      }
      boolean ok = true;
      for (int a : ring) {
        ok &= g.element(a) == 6 && g.aromatic(a);
      }
      if (ok) {
        return ring;
      }
    }
    return null;
  }

  private static int exocyclic(MolGraph g, int atom, BitSet core) {
    for (int b : g.neighbours(atom)) {
      if (!core.get(b)) {
        return b;
      }
    }
    return -1;
  }

  /** Groups on C4-C7, numbered from C3a (next to N3) round to C7a (next to N1). */
  private static List<Substituent> benzoSubstituents(
      MolGraph g, int[] benzo, int c3a, int c7a, BitSet core) {
    int start = RingReader.indexOf(benzo, c3a);
    int step = benzo[(start + 1) % 6] == c7a ? 5 : 1; // walk away from C7a
    List<Substituent> out = new ArrayList<>();
    for (int k = 1; k <= 4; k++) {
      int atom = benzo[(start + k * step) % 6];
      out.addAll(SubstituentClassifier.groupsOn(g, atom, core, String.valueOf(3 + k)));
    }
    return out;
  }
}
