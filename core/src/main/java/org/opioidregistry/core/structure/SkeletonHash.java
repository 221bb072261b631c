package org.opioidregistry.core.structure;

import java.util.Arrays;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;

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
    int n = mol.getAtomCount();
    int[] heavyIndex = new int[n];
    int heavy = 0;
    for (int i = 0; i < n; i++) {
      heavyIndex[i] = isHeavy(mol.getAtom(i)) ? heavy++ : -1;
    }
    int[] degree = new int[heavy];
    int bonds = 0;
    for (IBond b : mol.bonds()) {
      int u = heavyIndex[mol.indexOf(b.getBegin())];
      int v = heavyIndex[mol.indexOf(b.getEnd())];
      if (u >= 0 && v >= 0) {
        degree[u]++;
        degree[v]++;
        bonds++;
      }
    }
    int[][] adjacency = new int[heavy][];
    for (int i = 0; i < heavy; i++) {
      adjacency[i] = new int[degree[i]];
      degree[i] = 0;
    }
    for (IBond b : mol.bonds()) {
      int u = heavyIndex[mol.indexOf(b.getBegin())];
      int v = heavyIndex[mol.indexOf(b.getEnd())];
      if (u >= 0 && v >= 0) {
        adjacency[u][degree[u]++] = v;
        adjacency[v][degree[v]++] = u;
      }
    }
    long[] value = new long[heavy];
    for (int i = 0; i < n; i++) {
      int h = heavyIndex[i];
      if (h >= 0) {
        value[h] = mix(mol.getAtom(i).getAtomicNumber() * 64L + adjacency[h].length);
      }
    }
    long[] next = new long[heavy];
    for (int round = 0; round < ROUNDS; round++) {
      for (int a = 0; a < heavy; a++) {
        long sum = 0;
        long xor = 0;
        for (int b : adjacency[a]) {
          long v = mix(value[b]);
          sum += v;
          xor ^= v * 0x9E3779B97F4A7C15L;
        }
        next[a] = mix(value[a] * 0xC2B2AE3D27D4EB4FL + sum) ^ xor;
      }
      long[] swap = value;
      value = next;
      next = swap;
    }
    Arrays.sort(value);
    long hash = mix(heavy * 0x100000001B3L + bonds);
    for (long v : value) {
      hash = mix(hash * 31 + v);
    }
    return hash;
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

  private static boolean isHeavy(IAtom atom) {
    Integer z = atom.getAtomicNumber();
    return z != null && z > 1;
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
