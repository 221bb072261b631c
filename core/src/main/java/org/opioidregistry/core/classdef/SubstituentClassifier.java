package org.opioidregistry.core.classdef;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Assigns a {@link SubstituentType} to an acyclic fragment. Stateless.
 *
 * <p>The rules are strict on purpose: a group counts as "alkyl" or "ether" only if it is nothing
 * more, so a definition is never stretched to groups its wording does not name.
 */
final class SubstituentClassifier {
  private static final int C = 6;
  private static final int N = 7;
  private static final int O = 8;
  private static final int S = 16;

  private SubstituentClassifier() {}

  /**
   * Reads every group on {@code atom} that lies outside {@code blocked} as one substituent at
   * {@code locant}. A group that bonds back into {@code blocked} closes a ring with the scaffold
   * and is {@link SubstituentType#OTHER}.
   */
  static List<Substituent> groupsOn(MolGraph g, int atom, BitSet blocked, String locant) {
    List<Substituent> out = new ArrayList<>();
    for (int b : g.neighbours(atom)) {
      if (blocked.get(b)) {
        continue;
      }
      BitSet group = g.reach(b, blocked);
      SubstituentType type =
          g.bondsInto(group, blocked) > 1 ? SubstituentType.OTHER : classify(g, b, atom, group);
      out.add(
          new Substituent(
              locant,
              type,
              FragmentNames.name(g, group),
              g.carbons(group),
              MolGraph.indices(group)));
    }
    return out;
  }

  /**
   * Classifies the fragment {@code atoms} rooted at {@code root}, which is bonded to {@code
   * attachedTo} outside the fragment.
   */
  static SubstituentType classify(MolGraph g, int root, int attachedTo, BitSet atoms) {
    for (int a = atoms.nextSetBit(0); a >= 0; a = atoms.nextSetBit(a + 1)) {
      if (g.inRing(a) || g.aromatic(a)) {
        return SubstituentType.OTHER;
      }
    }
    if (g.order(root, attachedTo) != 1) {
      return SubstituentType.OTHER; // oxo, alkylidene
    }
    int size = atoms.cardinality();
    int z = g.element(root);
    if (size == 1 && isHalogen(z)) {
      return SubstituentType.HALO;
    }
    switch (z) {
      case O:
        return classifyOxygen(g, root, atoms, size);
      case N:
        return classifyNitrogen(g, root, atoms, size);
      case C:
        return classifyCarbon(g, root, atoms);
      case S:
        return classifySulfur(g, root, atoms);
      default:
        return SubstituentType.OTHER;
    }
  }

  private static SubstituentType classifyOxygen(MolGraph g, int root, BitSet atoms, int size) {
    if (g.charge(root) != 0) {
      return SubstituentType.OTHER;
    }
    if (size == 1) {
      return g.hydrogens(root) >= 1 ? SubstituentType.HYDROXY : SubstituentType.OTHER;
    }
    int next = onlyNeighbourIn(g, root, atoms);
    if (next < 0 || g.element(next) != C) {
      return SubstituentType.OTHER;
    }
    BitSet rest = without(atoms, root);
    if (isSaturatedHydrocarbon(g, rest)) {
      return SubstituentType.ALKOXY;
    }
    if (isHaloalkyl(g, rest)) {
      return SubstituentType.HALOALKOXY;
    }
    // O-C(=O)-R with R alkyl or H: an acyloxy ester.
    int carbonylO = doubleBondedOxygen(g, next, atoms);
    if (carbonylO >= 0) {
      BitSet tail = without(without(rest, next), carbonylO);
      if (tail.isEmpty() || isSaturatedHydrocarbon(g, tail)) {
        return SubstituentType.ACYLOXY;
      }
    }
    return SubstituentType.OTHER;
  }

  private static SubstituentType classifyNitrogen(MolGraph g, int root, BitSet atoms, int size) {
    int oxygens = 0;
    for (int b : g.neighbours(root)) {
      if (atoms.get(b) && g.element(b) == O) {
        oxygens++;
      }
    }
    if (size == 3 && oxygens == 2) {
      return SubstituentType.NITRO;
    }
    BitSet rest = without(atoms, root);
    if (g.charge(root) == 0 && (rest.isEmpty() || isSaturatedHydrocarbon(g, rest))) {
      return SubstituentType.AMINO;
    }
    return SubstituentType.OTHER;
  }

  private static SubstituentType classifySulfur(MolGraph g, int root, BitSet atoms) {
    BitSet rest = without(atoms, root);
    int oxo = 0;
    for (int b : g.neighbours(root)) {
      if (atoms.get(b) && g.element(b) == O && g.order(root, b) == 2) {
        oxo++;
        rest.clear(b);
      }
    }
    if (g.charge(root) != 0 || rest.isEmpty() || !isSaturatedHydrocarbon(g, rest)) {
      return SubstituentType.OTHER;
    }
    if (oxo == 0) {
      return SubstituentType.ALKYLTHIO;
    }
    return oxo == 2 ? SubstituentType.ALKYLSULFONYL : SubstituentType.OTHER;
  }

  private static SubstituentType classifyCarbon(MolGraph g, int root, BitSet atoms) {
    if (atoms.cardinality() == 2) {
      for (int b : g.neighbours(root)) {
        if (atoms.get(b) && g.element(b) == N && g.order(root, b) == 3) {
          return SubstituentType.CYANO;
        }
      }
    }
    boolean onlyCarbon = true;
    boolean onlyCarbonAndHalogen = true;
    for (int a = atoms.nextSetBit(0); a >= 0; a = atoms.nextSetBit(a + 1)) {
      int z = g.element(a);
      if (z != C) {
        onlyCarbon = false;
        if (!isHalogen(z)) {
          onlyCarbonAndHalogen = false;
        }
      }
      if (g.charge(a) != 0) {
        return SubstituentType.OTHER;
      }
    }
    int maxOrder = maxBondOrder(g, atoms);
    if (onlyCarbon) {
      if (maxOrder == 1) {
        return SubstituentType.ALKYL;
      }
      return maxOrder == 2 ? SubstituentType.ALKENYL : SubstituentType.OTHER;
    }
    if (onlyCarbonAndHalogen) {
      return maxOrder == 1 ? SubstituentType.HALOALKYL : SubstituentType.OTHER;
    }
    // C(=O)-O-R with R alkyl: an alkoxycarbonyl ester.
    int carbonylO = doubleBondedOxygen(g, root, atoms);
    if (carbonylO >= 0) {
      for (int b : g.neighbours(root)) {
        if (atoms.get(b) && b != carbonylO && g.element(b) == O && g.order(root, b) == 1) {
          BitSet tail = without(without(without(atoms, root), carbonylO), b);
          if (!tail.isEmpty()
              && isSaturatedHydrocarbon(g, tail)
              && countNeighboursIn(g, root, atoms) == 2) {
            return SubstituentType.ALKOXYCARBONYL;
          }
        }
      }
      return SubstituentType.OTHER;
    }
    return isAlkoxyAlkyl(g, atoms, maxOrder) ? SubstituentType.ALKOXYALKYL : SubstituentType.OTHER;
  }

  /** Saturated C/O chain whose every oxygen sits between two carbons. */
  private static boolean isAlkoxyAlkyl(MolGraph g, BitSet atoms, int maxOrder) {
    if (maxOrder != 1) {
      return false;
    }
    int ethers = 0;
    for (int a = atoms.nextSetBit(0); a >= 0; a = atoms.nextSetBit(a + 1)) {
      int z = g.element(a);
      if (z == O) {
        if (countNeighboursIn(g, a, atoms) != 2) {
          return false;
        }
        ethers++;
      } else if (z != C) {
        return false;
      }
    }
    return ethers > 0;
  }

  /** Saturated carbons and at least one halogen, nothing else. */
  private static boolean isHaloalkyl(MolGraph g, BitSet atoms) {
    boolean halogen = false;
    for (int a = atoms.nextSetBit(0); a >= 0; a = atoms.nextSetBit(a + 1)) {
      int z = g.element(a);
      if (isHalogen(z)) {
        halogen = true;
      } else if (z != C) {
        return false;
      }
    }
    return halogen && maxBondOrder(g, atoms) == 1;
  }

  static boolean isHalogen(int z) {
    return z == 9 || z == 17 || z == 35 || z == 53;
  }

  private static boolean isSaturatedHydrocarbon(MolGraph g, BitSet atoms) {
    if (atoms.isEmpty()) {
      return false;
    }
    for (int a = atoms.nextSetBit(0); a >= 0; a = atoms.nextSetBit(a + 1)) {
      if (g.element(a) != C || g.charge(a) != 0) {
        return false;
      }
    }
    return maxBondOrder(g, atoms) == 1;
  }

  private static int maxBondOrder(MolGraph g, BitSet atoms) {
    int max = 1;
    for (int a = atoms.nextSetBit(0); a >= 0; a = atoms.nextSetBit(a + 1)) {
      for (int b : g.neighbours(a)) {
        if (atoms.get(b)) {
          max = Math.max(max, g.order(a, b));
        }
      }
    }
    return max;
  }

  private static int doubleBondedOxygen(MolGraph g, int carbon, BitSet atoms) {
    for (int b : g.neighbours(carbon)) {
      if (atoms.get(b) && g.element(b) == O && g.order(carbon, b) == 2) {
        return b;
      }
    }
    return -1;
  }

  private static int onlyNeighbourIn(MolGraph g, int atom, BitSet atoms) {
    int found = -1;
    for (int b : g.neighbours(atom)) {
      if (atoms.get(b)) {
        if (found >= 0) {
          return -1;
        }
        found = b;
      }
    }
    return found;
  }

  private static int countNeighboursIn(MolGraph g, int atom, BitSet atoms) {
    int count = 0;
    for (int b : g.neighbours(atom)) {
      if (atoms.get(b)) {
        count++;
      }
    }
    return count;
  }

  private static BitSet without(BitSet atoms, int atom) {
    BitSet copy = (BitSet) atoms.clone();
    copy.clear(atom);
    return copy;
  }
}
