package org.opioidregistry.core.fingerprint;

import java.util.zip.CRC32;
import org.opioidregistry.core.structure.ScreenGraph;

/**
 * Extended-connectivity fingerprints over a {@link ScreenGraph}, bit for bit those of CDK 2.12's
 * {@code CircularFingerprinter} (ECFP classes, folded), without its per-call object graph walks and
 * allocations: the screen fingerprints every candidate, and CDK's version spent most of its time
 * enumerating every ring of three to seven atoms to find the six-membered ones it needs.
 *
 * <p>What CDK computes, restated (and what this class reproduces; {@code CircularKernelTest}
 * compares the two on every bundled structure and on thousands of library records):
 *
 * <ul>
 *   <li>Heavy atoms only (atomic number above 1). Each atom's hydrogen count is its hydrogen
 *       neighbours plus, for C, N, O, S and P, {@code max(0, valence + charge - bond order sum)}
 *       (valence 4, 3, 2, 2, 3; for carbon the charge counts as {@code -|charge|}); implicit
 *       hydrogen counts are not read.
 *   <li>Bonds are aromatic only in six-membered chordless rings whose atoms all carry a double bond
 *       and whose bonds alternate single and double, bonds already found aromatic counting as
 *       either, repeated until nothing changes.
 *   <li>The initial identity of an atom is the CRC-32 of four bytes: heavy degree and (group
 *       bonding number minus hydrogens), atomic number, charge + 128, hydrogens and ring
 *       membership. Each iteration hashes the iteration, the atom's identity and its (bond type,
 *       neighbour identity) pairs in ascending order, bond type 15 for aromatic bonds, and once per
 *       atom, when the four carriers of a tetrahedral centre have distinct identities, the parity
 *       of their order.
 *   <li>Of the features with equal atom sets only the one of the earliest iteration is kept, and of
 *       those the lowest hash; each kept hash sets bit {@code unsigned(hash) mod length}.
 * </ul>
 *
 * <p>Molecules with an unset hydrogen count are left to CDK (the caller checks {@link #applies}).
 * Stateless and thread-safe.
 */
final class CircularKernel {

  /** Valence C, N, O, S, P for the hydrogen formula; 0 for other elements. */
  private static final int[] HYDROGEN_VALENCE = new int[55];

  static {
    HYDROGEN_VALENCE[6] = 4;
    HYDROGEN_VALENCE[7] = 3;
    HYDROGEN_VALENCE[8] = 2;
    HYDROGEN_VALENCE[16] = 2;
    HYDROGEN_VALENCE[15] = 3;
  }

  private CircularKernel() {}

  /**
   * Whether the kernel gives CDK's bits for this molecule: for every element (mercury, bismuth and
   * the other heavy elements of about one library record in 200 included), not for a molecule with
   * an unset hydrogen count, which CDK's fingerprinter would first type and fill in.
   */
  static boolean applies(ScreenGraph g) {
    return !g.hasMissingHydrogenCounts();
  }

  /**
   * The bonding number CDK's ECFP uses for an element: the group number for groups 1 to 12, 3 for
   * group 13, 18 minus the group for groups 14 to 18 (hydrogen 1, helium 0) up to xenon (54); above
   * it, the values of CDK 2.12's table ({@code CircularFingerprinter.initialIdentityECFP}, 113
   * entries, read from its bytecode): 1 and 2 for Cs and Ba, 4 for La to Yb and Ac to No, 3 to 12
   * for Lu to Hg and Lr to Cn, then 3 to 8 for Tl to Rn (not 3, 4, 3, 2, 1, 0 as in period 5), 1
   * for Fr and Ra; 0 from element 113 on.
   */
  static int bondingNumber(int z) {
    if (z <= 0 || z >= 113) {
      return 0;
    }
    if (z > 54) {
      return heavyBondingNumber(z);
    }
    if (z <= 2) {
      return z == 1 ? 1 : 0;
    }
    if (z <= 18) {
      int p = z <= 10 ? z - 2 : z - 10; // 1..8 in periods 2 and 3
      return p <= 4 ? p : 8 - p;
    }
    int q = z <= 36 ? z - 18 : z - 36; // 1..18 in periods 4 and 5
    if (q <= 12) {
      return q;
    }
    return q == 13 ? 3 : 18 - q;
  }

  /** {@link #bondingNumber} for elements 55 to 112. */
  private static int heavyBondingNumber(int z) {
    if (z == 55 || z == 87 || z == 88) {
      return 1;
    }
    if (z == 56) {
      return 2;
    }
    if (z <= 70 || (z >= 89 && z <= 102)) {
      return 4; // lanthanides from La, actinides from Ac
    }
    if (z <= 80) {
      return z - 68; // Lu 3 .. Hg 12
    }
    if (z <= 86) {
      return z - 78; // Tl 3 .. Rn 8
    }
    return z - 100; // Lr 3 .. Cn 12
  }

  /**
   * The folded fingerprint.
   *
   * @param g the molecule; {@link #applies} must hold
   * @param iterations 2 for ECFP4, 3 for ECFP6
   * @param length the folded length in bits
   * @return the words, bit i in word i / 64
   */
  static long[] fingerprint(ScreenGraph g, int iterations, int length) {
    int n = g.atomCount();
    int[] hydrogens = hydrogens(g);
    boolean[] aromaticBond = AromaticRings.strictAromaticBonds(g);
    CRC32 crc = new CRC32();
    int[] identity = initialIdentities(g, hydrogens, crc);
    int words = (n + 63) >>> 6;
    Features features = new Features(n, iterations, words);
    // Atom sets as bit sets, atom a's in group[a * words, (a + 1) * words).
    long[] group = new long[n * words];
    for (int a = 0; a < n; a++) {
      if (g.isHeavy(a)) {
        group[a * words + (a >>> 6)] = 1L << a;
        features.consider(identity[a], 0, group, a * words);
      }
    }
    Neighbourhood scratch = new Neighbourhood();
    boolean[] resolvedChiral = new boolean[n];
    for (int iteration = 1; iteration <= iterations; iteration++) {
      int[] next = new int[n];
      for (int a = 0; a < n; a++) {
        if (g.isHeavy(a)) {
          next[a] =
              nextIdentity(g, a, iteration, identity, aromaticBond, resolvedChiral, scratch, crc);
        }
      }
      identity = next;
      long[] grown = grow(g, group, words);
      for (int a = 0; a < n; a++) {
        if (g.isHeavy(a)) {
          features.consider(identity[a], iteration, grown, a * words);
        }
      }
      group = grown;
    }
    return features.fold(length);
  }

  /**
   * Each heavy atom's hydrogen count as CDK's ECFP counts it: hydrogen neighbours plus, for C, N,
   * O, S and P, the valence left over.
   */
  private static int[] hydrogens(ScreenGraph g) {
    int n = g.atomCount();
    int[] hydrogens = new int[n];
    for (int a = 0; a < n; a++) {
      if (!g.isHeavy(a)) {
        continue;
      }
      int h = g.explicitHydrogens(a);
      int z = g.element(a);
      int valence = z < HYDROGEN_VALENCE.length ? HYDROGEN_VALENCE[z] : 0;
      if (valence != 0) {
        int charge = z == 6 ? -Math.abs(g.charge(a)) : g.charge(a);
        h += Math.max(0, valence + charge - g.bondOrderSum(a));
      }
      hydrogens[a] = h;
    }
    return hydrogens;
  }

  /** The CRC-32 of each heavy atom's four initial bytes. */
  private static int[] initialIdentities(ScreenGraph g, int[] hydrogens, CRC32 crc) {
    int n = g.atomCount();
    byte[] buffer = new byte[4];
    int[] identity = new int[n];
    for (int a = 0; a < n; a++) {
      if (!g.isHeavy(a)) {
        continue;
      }
      int heavy = g.degree(a);
      int h = hydrogens[a];
      int degree = bondingNumber(g.element(a)) - h;
      buffer[0] = (byte) ((heavy << 4) | degree);
      buffer[1] = (byte) g.element(a);
      buffer[2] = (byte) (g.charge(a) + 0x80);
      buffer[3] = (byte) ((h << 4) | (g.inRing(a) ? 1 : 0));
      crc.reset();
      crc.update(buffer, 0, 4);
      identity[a] = (int) crc.getValue();
    }
    return identity;
  }

  /** Per-call scratch arrays for one atom's sorted (bond type, neighbour identity) pairs. */
  private static final class Neighbourhood {
    int[] pairType = new int[16];
    int[] pairIdentity = new int[16];
    byte[] buffer = new byte[5 + 5 * 16 + 1];

    void ensure(int degree) {
      if (degree > pairType.length) {
        pairType = new int[degree];
        pairIdentity = new int[degree];
        buffer = new byte[5 + 5 * degree + 1];
      }
    }
  }

  /** Atom a's identity after one more iteration. */
  private static int nextIdentity(
      ScreenGraph g,
      int a,
      int iteration,
      int[] identity,
      boolean[] aromaticBond,
      boolean[] resolvedChiral,
      Neighbourhood scratch,
      CRC32 crc) {
    int d = g.degree(a);
    scratch.ensure(d);
    int[] pairType = scratch.pairType;
    int[] pairIdentity = scratch.pairIdentity;
    byte[] buffer = scratch.buffer;
    for (int k = 0; k < d; k++) {
      int bond = g.neighbourBond(a, k);
      int t = aromaticBond[bond] ? 0xF : g.bondOrder(bond);
      int id = identity[g.neighbour(a, k)];
      int i = k;
      while (i > 0 && (pairType[i - 1] > t || (pairType[i - 1] == t && pairIdentity[i - 1] > id))) {
        pairType[i] = pairType[i - 1];
        pairIdentity[i] = pairIdentity[i - 1];
        i--;
      }
      pairType[i] = t;
      pairIdentity[i] = id;
    }
    int p = put(buffer, 0, iteration, identity[a]);
    for (int k = 0; k < d; k++) {
      p = put(buffer, p, pairType[k], pairIdentity[k]);
    }
    if (!resolvedChiral[a] && g.isTetrahedral(a)) {
      int parity = chiralParity(g, a, identity);
      if (parity != 0) {
        buffer[p++] = (byte) parity;
        resolvedChiral[a] = true;
      }
    }
    crc.reset();
    crc.update(buffer, 0, p);
    return (int) crc.getValue();
  }

  /**
   * 1 or 2 (the parity of the carriers' identity order, plus one) when the four carriers of atom
   * a's tetrahedral centre have distinct identities, else 0.
   */
  private static int chiralParity(ScreenGraph g, int a, int[] identity) {
    int[] parity = new int[4];
    for (int i = 0; i < 4; i++) {
      int c = g.tetrahedralCarrier(a, i);
      parity[i] = c < 0 ? 0 : identity[c];
    }
    if (!distinct(parity)) {
      return 0;
    }
    int ascending = 0;
    for (int i = 0; i < 4; i++) {
      for (int j = i + 1; j < 4; j++) {
        if (parity[i] < parity[j]) {
          ascending++;
        }
      }
    }
    return (ascending & 1) + 1;
  }

  private static int put(byte[] buffer, int p, int head, int value) {
    buffer[p] = (byte) head;
    buffer[p + 1] = (byte) (value >>> 24);
    buffer[p + 2] = (byte) (value >>> 16);
    buffer[p + 3] = (byte) (value >>> 8);
    buffer[p + 4] = (byte) value;
    return p + 5;
  }

  private static boolean distinct(int[] v) {
    return v[0] != v[1]
        && v[0] != v[2]
        && v[0] != v[3]
        && v[1] != v[2]
        && v[1] != v[3]
        && v[2] != v[3];
  }

  /**
   * Every atom's set grown by one bond: its set and every heavy neighbour of it, which is the union
   * of its own and its neighbours' sets of the previous iteration (each set being all atoms within
   * that many bonds).
   */
  private static long[] grow(ScreenGraph g, long[] group, int words) {
    long[] out = group.clone();
    for (int a = 0, n = g.atomCount(); a < n; a++) {
      if (!g.isHeavy(a)) {
        continue;
      }
      int to = a * words;
      for (int k = 0, d = g.degree(a); k < d; k++) {
        int from = g.neighbour(a, k) * words;
        for (int w = 0; w < words; w++) {
          out[to + w] |= group[from + w];
        }
      }
    }
    return out;
  }

  /**
   * The kept features: one per distinct atom set, earliest iteration, then lowest hash. The sets
   * are found again through an open-addressing table on their words, so that keeping them costs one
   * probe per feature rather than a comparison with every feature kept so far.
   */
  private static final class Features {
    private final int words;
    private final long[] sets;
    private final int[] iteration;
    private final int[] hash;

    /** Feature index + 1 per slot, 0 for an empty slot; the length is a power of two. */
    private final int[] slots;

    private int size;

    Features(int atoms, int iterations, int words) {
      int capacity = Math.max(1, atoms * (iterations + 1));
      this.words = words;
      sets = new long[capacity * words];
      iteration = new int[capacity];
      hash = new int[capacity];
      slots = new int[Integer.highestOneBit(capacity * 2 - 1) << 1];
    }

    /** Offers the feature of hash h, found in the given iteration, for the set at from. */
    void consider(int h, int iter, long[] set, int from) {
      int mask = slots.length - 1;
      for (int slot = slotOf(set, from) & mask; ; slot = (slot + 1) & mask) {
        int kept = slots[slot] - 1;
        if (kept < 0) {
          System.arraycopy(set, from, sets, size * words, words);
          iteration[size] = iter;
          hash[size] = h;
          slots[slot] = ++size;
          return;
        }
        if (sameSet(kept, set, from)) {
          if (iteration[kept] < iter || hash[kept] < h) {
            return;
          }
          iteration[kept] = iter;
          hash[kept] = h;
          return;
        }
      }
    }

    private boolean sameSet(int kept, long[] set, int from) {
      int at = kept * words;
      for (int w = 0; w < words; w++) {
        if (sets[at + w] != set[from + w]) {
          return false;
        }
      }
      return true;
    }

    private int slotOf(long[] set, int from) {
      long x = 0;
      for (int w = 0; w < words; w++) {
        x = (x ^ set[from + w]) * 0x9E3779B97F4A7C15L;
      }
      return (int) (x ^ (x >>> 29) ^ (x >>> 47));
    }

    long[] fold(int length) {
      long[] out = new long[(length + 63) >>> 6];
      for (int i = 0; i < size; i++) {
        int bit = (int) (Integer.toUnsignedLong(hash[i]) % length);
        out[bit >>> 6] |= 1L << bit;
      }
      return out;
    }
  }
}
