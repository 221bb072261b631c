package org.opioidregistry.core.substructure;

import java.util.Arrays;

/**
 * A substructure-screen fingerprint: one bit per element-labelled path feature of a molecule.
 *
 * <p>Every feature of a query is also a feature of any molecule that contains the query, so a
 * target whose bits do not include all of the query's bits cannot match and is rejected without
 * graph matching. The converse does not hold: a screen pass only means "match possible".
 *
 * <pre>{@code
 * ScreenFingerprint q = SubstructureQuery.smarts("c1ccccc1N").screen();
 * boolean possible = target.screen().containsAll(q);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ScreenFingerprint {
  /** Number of bits of every screen fingerprint. */
  public static final int BITS = 1024;

  private static final ScreenFingerprint EMPTY = new ScreenFingerprint(new long[BITS / 64]);
  private static final ScreenFingerprint FULL;

  static {
    long[] all = new long[BITS / 64];
    Arrays.fill(all, -1L);
    FULL = new ScreenFingerprint(all);
  }

  private final long[] words;
  private final int cardinality;

  private ScreenFingerprint(long[] words) {
    this.words = words;
    int c = 0;
    for (long w : words) {
      c += Long.bitCount(w);
    }
    this.cardinality = c;
  }

  static ScreenFingerprint of(long[] words) {
    if (words.length != BITS / 64) {
      throw new IllegalArgumentException("expected " + BITS / 64 + " words, got " + words.length);
    }
    return new ScreenFingerprint(words.clone());
  }

  /**
   * Returns the fingerprint with no bits set; it screens nothing out.
   *
   * @return the empty fingerprint
   */
  public static ScreenFingerprint empty() {
    return EMPTY;
  }

  /**
   * Returns the fingerprint with every bit set; used for targets too large to enumerate, so that
   * they are never wrongly rejected.
   *
   * @return the full fingerprint
   */
  static ScreenFingerprint full() {
    return FULL;
  }

  /**
   * Returns whether every bit of {@code query} is set here, i.e. whether a match is possible.
   *
   * @param query the query's screen
   * @return false only if the query certainly does not match
   */
  public boolean containsAll(ScreenFingerprint query) {
    long[] q = query.words;
    for (int i = 0; i < words.length; i++) {
      if ((q[i] & ~words[i]) != 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the number of bits set.
   *
   * @return the population count
   */
  public int cardinality() {
    return cardinality;
  }

  /**
   * Returns a copy of the bit words (bit {@code i} is bit {@code i % 64} of word {@code i / 64}),
   * for persistence.
   *
   * @return a fresh array
   */
  public long[] toWords() {
    return words.clone();
  }

  /**
   * Rebuilds a fingerprint from words returned by {@link #toWords()}.
   *
   * @param words exactly {@link #BITS}/64 words
   * @return the fingerprint
   * @throws IllegalArgumentException if the length is wrong
   */
  public static ScreenFingerprint fromWords(long[] words) {
    return of(words);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ScreenFingerprint other && Arrays.equals(words, other.words);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(words);
  }

  @Override
  public String toString() {
    return "ScreenFingerprint[" + cardinality + " of " + BITS + " bits]";
  }
}
