package org.opioidregistry.benchmarks;

import java.util.SplittableRandom;
import org.opioidregistry.core.fingerprint.Fingerprint;

/**
 * A deterministic stand-in for a real fingerprint file, with the density and structure of ECFP4 /
 * Morgan radius-2 fingerprints of drug-like molecules (see benchmarks/README.md).
 *
 * <p>Rows come in families, like the single-site analogue series of the peers' data set: a parent
 * with a popcount drawn from a normal distribution (mean 50, sd 10, clamped to [12, 120]), then
 * children that each drop up to 5 of the parent's bits and add up to 5 new ones. A bit is drawn
 * from a skewed distribution: a third of them from a small "common feature" pool of 64 bits
 * (aromatic carbon, methyl, carbonyl environments are in most molecules), weighted towards its
 * first entries, the rest uniformly. Row {@code i} depends only on the seed and {@code i}'s family.
 *
 * <p>Thread safety: stateless; each call makes its own random stream.
 */
public final class SyntheticFingerprints {

  private SyntheticFingerprints() {}

  /**
   * Generates {@code n} fingerprints of {@code bits} bits.
   *
   * @param n how many
   * @param bits the bit length, at least 128
   * @param seed the random seed; the same seed gives the same rows
   * @return the fingerprints, in generation order
   */
  public static Fingerprint[] generate(int n, int bits, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int[] common = new int[64];
    for (int i = 0; i < common.length; i++) {
      common[i] = rnd.nextInt(bits);
    }
    Fingerprint[] out = new Fingerprint[n];
    int[] parent = new int[0];
    int familyLeft = 0;
    for (int i = 0; i < n; i++) {
      if (familyLeft == 0) {
        int pop = (int) Math.round(50 + 10 * rnd.nextGaussian());
        pop = Math.max(12, Math.min(120, pop));
        parent = new int[pop];
        for (int j = 0; j < pop; j++) {
          parent[j] = drawBit(rnd, common, bits);
        }
        familyLeft = 1 + rnd.nextInt(40);
        out[i] = Fingerprint.of(bits, parent);
      } else {
        int drop = rnd.nextInt(6);
        int add = rnd.nextInt(6);
        int[] child = new int[parent.length - drop + add];
        int from = rnd.nextInt(parent.length);
        // Drop a contiguous run (mod length) of the parent's bits: one substituent changed.
        for (int j = 0; j < parent.length - drop; j++) {
          child[j] = parent[(from + drop + j) % parent.length];
        }
        for (int j = parent.length - drop; j < child.length; j++) {
          child[j] = drawBit(rnd, common, bits);
        }
        out[i] = Fingerprint.of(bits, child);
      }
      familyLeft--;
    }
    return out;
  }

  private static int drawBit(SplittableRandom rnd, int[] common, int bits) {
    if (rnd.nextInt(3) == 0) {
      // min of two uniforms: the first common bits are the most frequent
      return common[Math.min(rnd.nextInt(common.length), rnd.nextInt(common.length))];
    }
    return rnd.nextInt(bits);
  }
}
