package org.opioidregistry.core.fingerprint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FingerprintTest {

  private static final long SEED = Long.getLong("test.seed", System.nanoTime());

  static Fingerprint random(SplittableRandom rnd, int bits, int maxSet) {
    int n = rnd.nextInt(maxSet + 1);
    int[] set = new int[n];
    for (int i = 0; i < n; i++) {
      set[i] = rnd.nextInt(bits);
    }
    return Fingerprint.of(bits, set);
  }

  @Test
  void propertiesHoldOnRandomFingerprints() {
    System.out.println("FingerprintTest seed: -Dtest.seed=" + SEED);
    SplittableRandom rnd = new SplittableRandom(SEED);
    for (int bits : new int[] {1, 63, 64, 65, 166, 881, 1024, 2048}) {
      for (int i = 0; i < 300; i++) {
        Fingerprint a = random(rnd, bits, Math.min(bits, 80));
        Fingerprint b = random(rnd, bits, Math.min(bits, 80));
        String where = "seed " + SEED + ", bits " + bits + ", a=" + a + ", b=" + b;
        if (a.cardinality() > 0) {
          assertEquals(1.0, a.tanimoto(a), where);
          assertEquals(1.0, a.dice(a), where);
        }
        assertEquals(a.tanimoto(b), b.tanimoto(a), where);
        assertEquals(a.dice(b), b.dice(a), where);
        assertEquals(a.tanimoto(b), a.tversky(b, 1, 1), where);
        assertEquals(a.dice(b), a.tversky(b, 0.5, 0.5), 1e-15, where);
        assertEquals(a.tversky(b, 0.9, 0.1), b.tversky(a, 0.1, 0.9), 1e-15, where);
        for (double s : new double[] {a.tanimoto(b), a.dice(b), a.tversky(b, 0.7, 0.3)}) {
          assertTrue(s >= 0 && s <= 1, where);
        }
        BitSet and = a.toBitSet();
        and.and(b.toBitSet());
        assertEquals(and.cardinality(), a.intersectionCount(b), where);
        assertEquals(a, Fingerprint.fromHex(a.toHex(), bits), where);
        assertEquals(a, Fingerprint.fromBitSet(a.toBitSet(), bits), where);
        assertEquals(a.cardinality(), a.setBits().length, where);
      }
    }
  }

  @Test
  void emptyVersusEmptyIsZero() {
    Fingerprint empty = Fingerprint.of(1024);
    assertEquals(0.0, empty.tanimoto(empty));
    assertEquals(0.0, empty.dice(empty));
    assertEquals(0.0, empty.tversky(empty, 1, 1));
    assertEquals(0.0, empty.tanimoto(Fingerprint.of(1024, 5)));
    assertEquals(0.0, Fingerprint.tanimoto(0, 0, 0));
  }

  @Test
  void hexIsChemfpLittleEndianByteOrder() {
    // chemfp: the first byte holds bits 0-7, its least significant bit being bit 0.
    assertEquals("0100", Fingerprint.of(16, 0).toHex());
    assertEquals("8000", Fingerprint.of(16, 7).toHex());
    assertEquals("0001", Fingerprint.of(16, 8).toHex());
    assertEquals("000000000000000001", Fingerprint.of(72, 64).toHex());
    assertEquals(Fingerprint.of(16, 0, 15), Fingerprint.fromHex("0180", 16));
    assertEquals(Fingerprint.of(16, 0, 15), Fingerprint.fromHex("01" + "80", 16));
    assertEquals(Fingerprint.of(8, 1, 2, 3), Fingerprint.fromHex("0E", 8));
    assertEquals(42, Fingerprint.of(166, 0, 165).toHex().length());
  }

  @Test
  void rejectsBadInput() {
    assertThrows(IllegalArgumentException.class, () -> Fingerprint.fromHex("01", 16));
    assertThrows(IllegalArgumentException.class, () -> Fingerprint.fromHex("0g", 8));
    // bit 7 of a 6-bit fingerprint
    assertThrows(IllegalArgumentException.class, () -> Fingerprint.fromHex("80", 6));
    assertThrows(IllegalArgumentException.class, () -> Fingerprint.of(8, 8));
    assertThrows(IllegalArgumentException.class, () -> Fingerprint.of(0));
    assertThrows(IllegalArgumentException.class, () -> Fingerprint.fromWords(new long[] {4}, 2));
    assertThrows(IllegalArgumentException.class, () -> Fingerprint.fromWords(new long[2], 64));
    assertThrows(
        IllegalArgumentException.class, () -> Fingerprint.of(8, 1).tanimoto(Fingerprint.of(16, 1)));
    assertThrows(
        IllegalArgumentException.class,
        () -> Fingerprint.of(8, 1).tversky(Fingerprint.of(8), -1, 1));
  }

  @Test
  void isImmutableAndHasValueEquality() {
    long[] words = {0b1011L};
    Fingerprint f = Fingerprint.fromWords(words, 64);
    words[0] = 0;
    assertEquals(3, f.cardinality());
    f.words()[0] = 0;
    assertEquals(3, f.cardinality());
    assertArrayEquals(new int[] {0, 1, 3}, f.setBits());
    assertEquals(Fingerprint.of(64, 0, 1, 3), f);
    assertEquals(Fingerprint.of(64, 0, 1, 3).hashCode(), f.hashCode());
    assertNotEquals(Fingerprint.of(65, 0, 1, 3), f);
    assertTrue(f.get(3));
    assertFalse(f.get(2));
  }
}
