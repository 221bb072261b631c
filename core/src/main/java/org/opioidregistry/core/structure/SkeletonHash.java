package org.opioidregistry.core.structure;

import java.util.Arrays;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;

/**
 * A 64-bit hash of a structure's heavy-atom skeleton (elements and connectivity only), equal for
 * any two structures whose standard InChIKeys share their first block, and computed in microseconds
 * where InChI takes a large part of a millisecond.
 *
 * <p>Why it never separates two structures that InChI joins. The first block of a standard InChIKey
 * is a hash of the InChI main layer: the formula and the connection table of the non-hydrogen
 * atoms. Equal first blocks therefore mean (up to a collision of the InChIKey's own hash) equal
 * formulas and the same connections between the same elements, i.e. isomorphic element-labelled
 * heavy-atom graphs, except where standard InChI changes the connection table itself, which it does
 * only by disconnecting metals: {@link #hasUnusualElement} flags every structure where that can
 * happen, and callers must not rely on the hash for those. This hash is computed from exactly that
 * graph (hydrogen atoms, isotopes included, are left out; bond orders, charges, hydrogen counts,
 * stereo and isotopes are not read, so that tautomers, protonation states and stereoisomers, which
 * InChI also joins in its first block, hash alike), and every step of it is invariant under
 * renumbering the atoms: each atom starts from its element and heavy-atom degree, each of four
 * rounds combines an atom's value with the sum and the xor of its neighbours' (order-free), and the
 * result hashes the sorted multiset of the final values with the atom and bond counts. Isomorphic
 * graphs thus give equal hashes. The converse does not hold: unequal skeletons may collide, which
 * costs a pre-check only an unnecessary InChI.
 *
 * <pre>{@code
 * long h = SkeletonHash.of(structure.atomContainer());
 * }</pre>
 *
 * <p>Stateless and thread-safe; the molecule is read, not modified.
 */
public final class SkeletonHash {

  /**
   * Elements standard InChI keeps connected as drawn: every other element may be a metal whose
   * bonds InChI breaks. Hydrogen (1) is not a skeleton atom at all.
   */
  private static final long[] USUAL = usual(1, 5, 6, 7, 8, 9, 14, 15, 16, 17, 34, 35, 53);

  private static final int ROUNDS = 4;

  private SkeletonHash() {}

  /**
   * The skeleton hash of a molecule.
   *
   * @param mol a molecule; not modified
   * @return the hash
   */
  public static long of(IAtomContainer mol) {
    return of(ScreenGraph.of(mol));
  }

  /**
   * The skeleton hash of a molecule read into a {@link ScreenGraph}: equal to {@link
   * #of(IAtomContainer)} of the molecule it was read from.
   *
   * @param graph the molecule
   * @return the hash
   */
  public static long of(ScreenGraph graph) {
    int n = graph.atomCount();
    int heavy = 0;
    int bonds = 0;
    long[] value = new long[n];
    for (int a = 0; a < n; a++) {
      if (graph.isHeavy(a)) {
        heavy++;
        bonds += graph.degree(a);
        value[a] = mix(graph.element(a) * 64L + graph.degree(a));
      }
    }
    bonds /= 2;
    long[] next = new long[n];
    for (int round = 0; round < ROUNDS; round++) {
      for (int a = 0; a < n; a++) {
        if (!graph.isHeavy(a)) {
          continue;
        }
        long sum = 0;
        long xor = 0;
        for (int k = 0, d = graph.degree(a); k < d; k++) {
          long v = mix(value[graph.neighbour(a, k)]);
          sum += v;
          xor ^= v * 0x9E3779B97F4A7C15L;
        }
        next[a] = mix(value[a] * 0xC2B2AE3D27D4EB4FL + sum) ^ xor;
      }
      long[] swap = value;
      value = next;
      next = swap;
    }
    long[] heavyValues = new long[heavy];
    for (int a = 0, i = 0; a < n; a++) {
      if (graph.isHeavy(a)) {
        heavyValues[i++] = value[a];
      }
    }
    Arrays.sort(heavyValues);
    long hash = mix(heavy * 0x100000001B3L + bonds);
    for (long v : heavyValues) {
      hash = mix(hash * 31 + v);
    }
    return hash;
  }

  /** {@link #hasUnusualElement(IAtomContainer)} of a molecule read into a {@link ScreenGraph}. */
  static boolean hasUnusualElement(ScreenGraph graph) {
    for (int a = 0, n = graph.atomCount(); a < n; a++) {
      int z = graph.element(a);
      if (z < 1 || z >= 64 * USUAL.length || (USUAL[z >>> 6] & (1L << z)) == 0) {
        return true;
      }
    }
    return false;
  }

  /** {@link #elements(IAtomContainer)} of a molecule read into a {@link ScreenGraph}. */
  static long[] elements(ScreenGraph graph) {
    long[] bits = new long[2];
    for (int a = 0, n = graph.atomCount(); a < n; a++) {
      int z = graph.element(a);
      if (z < 1 || z > 127) {
        bits[0] |= 1L;
      } else if (z > 1) {
        bits[z >>> 6] |= 1L << z;
      }
    }
    return bits;
  }

  /**
   * Whether the molecule has an atom of an element that standard InChI may disconnect (a metal) or
   * that is not in the common organic set; for such molecules a skeleton-hash pre-check must send
   * the structure on to InChI regardless.
   *
   * @param mol a molecule; not modified
   * @return true if any atom is not H, B, C, N, O, F, Si, P, S, Cl, Se, Br or I
   */
  public static boolean hasUnusualElement(IAtomContainer mol) {
    for (IAtom atom : mol.atoms()) {
      Integer z = atom.getAtomicNumber();
      if (z == null || z < 1 || z >= 64 * USUAL.length || (USUAL[z >>> 6] & (1L << z)) == 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The heavy-atom elements of a molecule as a bit set (bit z of word z/64), for elements up to
   * 127; an atom with an element outside that range or without one sets bit 0.
   */
  static long[] elements(IAtomContainer mol) {
    long[] bits = new long[2];
    for (IAtom atom : mol.atoms()) {
      Integer z = atom.getAtomicNumber();
      if (z == null || z < 1 || z > 127) {
        bits[0] |= 1L;
      } else if (z > 1) {
        bits[z >>> 6] |= 1L << z;
      }
    }
    return bits;
  }

  private static long[] usual(int... elements) {
    long[] bits = new long[2];
    for (int z : elements) {
      bits[z >>> 6] |= 1L << z;
    }
    return bits;
  }

  /** SplitMix64's finaliser: a bijective mix of 64 bits. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
