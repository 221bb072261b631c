package org.opioidregistry.core.fingerprint;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Locale;

/**
 * An immutable binary fingerprint: a fixed number of bits packed into {@code long} words, with its
 * cardinality (popcount) cached.
 *
 * <p>Bit {@code i} lives in word {@code i / 64} at position {@code i % 64}, the layout of {@link
 * BitSet#toLongArray()}. Bits at or beyond {@link #bitLength()} are always zero.
 *
 * <pre>{@code
 * Fingerprint a = FingerprintType.ECFP4.fingerprinter().fingerprint(fentanyl);
 * Fingerprint b = FingerprintType.ECFP4.fingerprinter().fingerprint(carfentanil);
 * double score = a.tanimoto(b);
 * }</pre>
 *
 * <p><b>Similarity of empty fingerprints.</b> Every similarity of two fingerprints that share no
 * set bit is 0.0, including two empty fingerprints, where the textbook formulas divide 0 by 0. We
 * pick 0.0 rather than 1.0 because a similarity hit is reported to users as evidence of structural
 * resemblance to a listed substance, and two molecules that produced no features at all (a metal
 * ion, an unsupported input) have no such evidence; it is also what chemfp does, so scores agree
 * with FPS tool users. Hence {@code a.tanimoto(a) == 1.0} holds for every non-empty {@code a}.
 *
 * <p>Thread safety: instances are immutable and safe to share between threads.
 */
public final class Fingerprint {

  private final long[] words;
  private final int bitLength;
  private final int cardinality;

  private Fingerprint(long[] words, int bitLength) {
    this.words = words;
    this.bitLength = bitLength;
    int c = 0;
    for (long w : words) {
      c += Long.bitCount(w);
    }
    this.cardinality = c;
  }

  /**
   * Creates a fingerprint from words in {@link BitSet#toLongArray()} layout.
   *
   * @param words the bits; copied, so later changes to the array do not affect the fingerprint
   * @param bitLength the number of bits, at least 1; {@code words.length} must be {@code
   *     ceil(bitLength / 64)}
   * @return the fingerprint
   * @throws IllegalArgumentException if the word count does not fit the bit length or a bit at or
   *     beyond {@code bitLength} is set
   */
  public static Fingerprint fromWords(long[] words, int bitLength) {
    checkBitLength(bitLength);
    if (words.length != wordCount(bitLength)) {
      throw new IllegalArgumentException(
          "a "
              + bitLength
              + "-bit fingerprint needs "
              + wordCount(bitLength)
              + " words, got "
              + words.length);
    }
    long[] copy = words.clone();
    checkNoBitsBeyond(copy, bitLength);
    return new Fingerprint(copy, bitLength);
  }

  /**
   * Creates a fingerprint from a {@link BitSet}.
   *
   * @param bits the set bits; not retained
   * @param bitLength the number of bits, at least 1
   * @return the fingerprint
   * @throws IllegalArgumentException if a bit at or beyond {@code bitLength} is set
   */
  public static Fingerprint fromBitSet(BitSet bits, int bitLength) {
    checkBitLength(bitLength);
    if (bits.length() > bitLength) {
      throw new IllegalArgumentException(
          "bit " + (bits.length() - 1) + " is set in a " + bitLength + "-bit fingerprint");
    }
    return new Fingerprint(Arrays.copyOf(bits.toLongArray(), wordCount(bitLength)), bitLength);
  }

  /**
   * Creates a fingerprint with the given bits set.
   *
   * @param bitLength the number of bits, at least 1
   * @param setBits indices of set bits, each in {@code [0, bitLength)}; duplicates are allowed
   * @return the fingerprint
   * @throws IllegalArgumentException if an index is out of range
   */
  public static Fingerprint of(int bitLength, int... setBits) {
    checkBitLength(bitLength);
    long[] w = new long[wordCount(bitLength)];
    for (int b : setBits) {
      if (b < 0 || b >= bitLength) {
        throw new IllegalArgumentException(
            "bit " + b + " out of range for a " + bitLength + "-bit fingerprint");
      }
      w[b >>> 6] |= 1L << b;
    }
    return new Fingerprint(w, bitLength);
  }

  /**
   * Parses chemfp FPS hex: two hex digits per byte, bytes in little-endian order (the first byte
   * holds bits 0 to 7, its least significant bit being bit 0). Upper- and lower-case digits are
   * accepted.
   *
   * @param hex the hex text, exactly {@code 2 * ceil(bitLength / 8)} digits
   * @param bitLength the number of bits, at least 1
   * @return the fingerprint
   * @throws IllegalArgumentException if the text has the wrong length, a non-hex character, or a
   *     set bit at or beyond {@code bitLength}
   */
  public static Fingerprint fromHex(CharSequence hex, int bitLength) {
    checkBitLength(bitLength);
    int bytes = (bitLength + 7) >>> 3;
    if (hex.length() != 2 * bytes) {
      throw new IllegalArgumentException(
          "a "
              + bitLength
              + "-bit fingerprint needs "
              + (2 * bytes)
              + " hex digits, got "
              + hex.length());
    }
    long[] w = new long[wordCount(bitLength)];
    for (int i = 0; i < bytes; i++) {
      int hi = hexValue(hex, 2 * i);
      int lo = hexValue(hex, 2 * i + 1);
      w[i >>> 3] |= ((long) ((hi << 4) | lo)) << ((i & 7) << 3);
    }
    checkNoBitsBeyond(w, bitLength);
    return new Fingerprint(w, bitLength);
  }

  /**
   * The value of each ASCII hex digit, -1 for other ASCII characters. Every start decodes the
   * bundled structures' fingerprints (about 100,000 digits) mostly in the interpreter, where a
   * table look-up is several calls cheaper than {@link Character#digit(char, int)}; other
   * characters still go to {@code Character.digit}, so that the digits accepted are the same.
   */
  private static final byte[] ASCII_HEX = asciiHex();

  private static byte[] asciiHex() {
    byte[] table = new byte[128];
    for (int c = 0; c < table.length; c++) {
      table[c] = (byte) Character.digit(c, 16);
    }
    return table;
  }

  private static int hexValue(CharSequence hex, int pos) {
    char c = hex.charAt(pos);
    int v = c < ASCII_HEX.length ? ASCII_HEX[c] : Character.digit(c, 16);
    if (v < 0) {
      throw new IllegalArgumentException(
          "not a hex digit at position " + pos + ": '" + hex.charAt(pos) + "'");
    }
    return v;
  }

  /**
   * Returns chemfp FPS hex (lower case): the inverse of {@link #fromHex(CharSequence, int)}.
   *
   * @return {@code 2 * ceil(bitLength / 8)} hex digits
   */
  public String toHex() {
    int bytes = (bitLength + 7) >>> 3;
    char[] out = new char[2 * bytes];
    for (int i = 0; i < bytes; i++) {
      int b = (int) (words[i >>> 3] >>> ((i & 7) << 3)) & 0xff;
      out[2 * i] = Character.forDigit(b >>> 4, 16);
      out[2 * i + 1] = Character.forDigit(b & 0xf, 16);
    }
    return new String(out);
  }

  /**
   * Returns the number of bits (the fingerprint's length, not its popcount).
   *
   * @return the bit length
   */
  public int bitLength() {
    return bitLength;
  }

  /**
   * Returns the number of set bits, computed once at construction.
   *
   * @return the popcount
   */
  public int cardinality() {
    return cardinality;
  }

  /**
   * Returns a copy of the words.
   *
   * @return a new array of {@code ceil(bitLength / 64)} words
   */
  public long[] words() {
    return words.clone();
  }

  /**
   * Copies the words into {@code dest} at {@code offset}, without allocating.
   *
   * @param dest destination array
   * @param offset first index written
   */
  public void copyWordsTo(long[] dest, int offset) {
    System.arraycopy(words, 0, dest, offset, words.length);
  }

  /**
   * Tells whether bit {@code index} is set.
   *
   * @param index the bit, in {@code [0, bitLength)}
   * @return true if set
   * @throws IndexOutOfBoundsException if the index is out of range
   */
  public boolean get(int index) {
    if (index < 0 || index >= bitLength) {
      throw new IndexOutOfBoundsException("bit " + index + " of " + bitLength);
    }
    return (words[index >>> 6] & (1L << index)) != 0;
  }

  /**
   * Returns the indices of the set bits in ascending order.
   *
   * @return a new array of {@link #cardinality()} indices
   */
  public int[] setBits() {
    int[] out = new int[cardinality];
    int n = 0;
    for (int w = 0; w < words.length; w++) {
      long word = words[w];
      while (word != 0) {
        out[n++] = (w << 6) + Long.numberOfTrailingZeros(word);
        word &= word - 1;
      }
    }
    return out;
  }

  /**
   * Returns the bits as a new {@link BitSet}.
   *
   * @return a new bit set
   */
  public BitSet toBitSet() {
    return BitSet.valueOf(words);
  }

  /**
   * Returns the number of bits set in both fingerprints.
   *
   * @param other a fingerprint of the same bit length
   * @return the popcount of the intersection
   * @throws IllegalArgumentException if the bit lengths differ
   */
  public int intersectionCount(Fingerprint other) {
    checkSameLength(other);
    long[] o = other.words;
    int c = 0;
    for (int i = 0; i < words.length; i++) {
      c += Long.bitCount(words[i] & o[i]);
    }
    return c;
  }

  /**
   * Returns the Tanimoto (Jaccard) similarity {@code c / (a + b - c)}; 0.0 if both are empty.
   *
   * @param other a fingerprint of the same bit length
   * @return the similarity in {@code [0, 1]}
   * @throws IllegalArgumentException if the bit lengths differ
   */
  public double tanimoto(Fingerprint other) {
    return tanimoto(cardinality, other.cardinality, intersectionCount(other));
  }

  /**
   * Returns the Dice similarity {@code 2c / (a + b)}; 0.0 if both are empty.
   *
   * @param other a fingerprint of the same bit length
   * @return the similarity in {@code [0, 1]}
   * @throws IllegalArgumentException if the bit lengths differ
   */
  public double dice(Fingerprint other) {
    int c = intersectionCount(other);
    int sum = cardinality + other.cardinality;
    return sum == 0 ? 0.0 : (2.0 * c) / sum;
  }

  /**
   * Returns the Tversky similarity {@code c / (alpha (a - c) + beta (b - c) + c)} of this
   * fingerprint ({@code a}) to {@code other} ({@code b}); 0.0 if the denominator is 0. With {@code
   * alpha = beta = 1} it equals {@link #tanimoto(Fingerprint)}, with {@code alpha = beta = 0.5}
   * Dice.
   *
   * @param other a fingerprint of the same bit length
   * @param alpha weight of the bits only in this fingerprint, non-negative
   * @param beta weight of the bits only in {@code other}, non-negative
   * @return the similarity in {@code [0, 1]} when {@code alpha, beta <= 1}
   * @throws IllegalArgumentException if the bit lengths differ or a weight is negative or NaN
   */
  public double tversky(Fingerprint other, double alpha, double beta) {
    if (!(alpha >= 0) || !(beta >= 0)) {
      throw new IllegalArgumentException("Tversky weights must be >= 0: " + alpha + ", " + beta);
    }
    int c = intersectionCount(other);
    double den = alpha * (cardinality - c) + beta * (other.cardinality - c) + c;
    return den == 0 ? 0.0 : c / den;
  }

  /**
   * Tanimoto from counts, the one formula the index and this class share so that their scores agree
   * to the last bit.
   *
   * @param a popcount of the first fingerprint
   * @param b popcount of the second fingerprint
   * @param c popcount of their intersection
   * @return {@code c / (a + b - c)}, or 0.0 when {@code a + b - c == 0}
   */
  public static double tanimoto(int a, int b, int c) {
    int union = a + b - c;
    return union == 0 ? 0.0 : (double) c / union;
  }

  private void checkSameLength(Fingerprint other) {
    if (other.bitLength != bitLength) {
      throw new IllegalArgumentException(
          "fingerprints differ in length: " + bitLength + " and " + other.bitLength + " bits");
    }
  }

  static int wordCount(int bitLength) {
    return (bitLength + 63) >>> 6;
  }

  private static void checkBitLength(int bitLength) {
    if (bitLength < 1) {
      throw new IllegalArgumentException("bit length must be >= 1: " + bitLength);
    }
  }

  private static void checkNoBitsBeyond(long[] w, int bitLength) {
    int tail = bitLength & 63;
    if (tail != 0 && (w[w.length - 1] >>> tail) != 0) {
      throw new IllegalArgumentException(
          "a bit at or beyond " + bitLength + " is set in a " + bitLength + "-bit fingerprint");
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Fingerprint f && f.bitLength == bitLength && Arrays.equals(f.words, words);
  }

  @Override
  public int hashCode() {
    return 31 * bitLength + Arrays.hashCode(words);
  }

  /** Returns {@code Fingerprint[bits=N, popcount=C, hex=...]}, for debugging. */
  @Override
  public String toString() {
    return String.format(
        Locale.ROOT, "Fingerprint[bits=%d, popcount=%d, hex=%s]", bitLength, cardinality, toHex());
  }
}
