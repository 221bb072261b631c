package org.opioidregistry.core.similarity.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * Every kernel gives, on every row, the count of a plain reference loop written here: random rows
 * (sparse, dense, all densities between), edge-case words (no bits, all bits, the sign bit, each
 * lane's first and last bit, alternating patterns), rows equal to the query and its complement,
 * blocks of every length around the vector widths, and offsets that do not start at row 0.
 *
 * <p>Which kernels ran is said, never assumed: the vector test is <em>skipped</em>, with the
 * reason, where the Vector API kernel is not available (Java 17, a class directory, no {@code
 * jdk.incubator.vector}), so a Java 17 run reports one skipped test rather than a pass it did not
 * earn. With {@code -Dopioid.test.vectorKernel=required} (the build's {@code vector-api} profile
 * sets it when it runs this class against the multi-release jar on the JDK 21+ it compiled with)
 * the vector kernel must be there, or the test fails.
 */
class IntersectionKernelsTest {

  private static final long SEED = Long.getLong("test.seed", System.nanoTime());
  private static final boolean VECTOR_REQUIRED =
      "required".equals(System.getProperty("opioid.test.vectorKernel"));
  private static final int[] WIDTHS = {1, 2, 7, 8, 9, 15, 16, 17, 31, 32, 33, 64};

  /** popcount(q AND row) of each row: the definition, one word at a time. */
  private static int[] reference(long[] q, long[] arena, int offset, int rows) {
    int[] out = new int[rows];
    for (int r = 0; r < rows; r++) {
      for (int i = 0; i < q.length; i++) {
        out[r] += Long.bitCount(q[i] & arena[offset + r * q.length + i]);
      }
    }
    return out;
  }

  /** Words that break a kernel that drops a lane, a sign bit or a carry. */
  private static long[] edgeWords() {
    List<Long> w = new ArrayList<>();
    w.add(0L);
    w.add(-1L);
    w.add(Long.MIN_VALUE);
    w.add(Long.MAX_VALUE);
    w.add(1L);
    w.add(0x5555_5555_5555_5555L);
    w.add(0xAAAA_AAAA_AAAA_AAAAL);
    w.add(0xFFFF_FFFF_0000_0000L);
    w.add(0x0000_0000_FFFF_FFFFL);
    w.add(0x8000_0000_0000_0001L);
    return w.stream().mapToLong(Long::longValue).toArray();
  }

  /** Rows for a query of {@code words}: edge patterns, the query, its complement, then random. */
  private static long[][] data(SplittableRandom rnd, int words, int randomRows) {
    long[] edge = edgeWords();
    long[] q = new long[words];
    for (int i = 0; i < words; i++) {
      q[i] = rnd.nextInt(4) == 0 ? edge[rnd.nextInt(edge.length)] : rnd.nextLong();
    }
    List<long[]> rows = new ArrayList<>();
    for (long e : edge) {
      long[] row = new long[words];
      Arrays.fill(row, e);
      rows.add(row);
    }
    for (int i = 0; i < words; i++) {
      // One word all set, the rest empty: a count that only one lane of one vector carries.
      long[] row = new long[words];
      row[i] = -1L;
      rows.add(row);
    }
    rows.add(q.clone());
    long[] complement = new long[words];
    for (int i = 0; i < words; i++) {
      complement[i] = ~q[i];
    }
    rows.add(complement);
    for (int r = 0; r < randomRows; r++) {
      long[] row = new long[words];
      // Densities from empty to full, as sparse Morgan rows and dense ones both occur.
      int density = rnd.nextInt(65);
      for (int i = 0; i < words; i++) {
        long v = 0;
        for (int b = 0; b < 64; b++) {
          if (rnd.nextInt(64) < density) {
            v |= 1L << b;
          }
        }
        row[i] = v;
      }
      rows.add(row);
    }
    long[] arena = new long[rows.size() * words];
    for (int r = 0; r < rows.size(); r++) {
      System.arraycopy(rows.get(r), 0, arena, r * words, words);
    }
    return new long[][] {q, arena};
  }

  /** Checks a kernel on every row, in blocks of every length 0..40 and from every start row. */
  private static void checkEveryRow(IntersectionKernel k, long[] q, long[] arena, String where) {
    int rows = arena.length / q.length;
    int[] expected = reference(q, arena, 0, rows);
    int[] all = new int[rows];
    k.intersections(arena, 0, rows, all);
    assertArrayEquals(expected, all, where + ": all rows at once");
    int[] counts = new int[41];
    for (int n = 0; n <= 40; n++) {
      for (int from = 0; from + n <= rows; from += 1 + n) {
        Arrays.fill(counts, -1);
        k.intersections(arena, from * q.length, n, counts);
        for (int i = 0; i < n; i++) {
          assertEquals(
              expected[from + i], counts[i], where + ": row " + (from + i) + ", block " + n);
        }
        assertEquals(-1, counts[n], where + ": wrote past the block of " + n);
      }
    }
  }

  @Test
  void scalarKernelsMatchTheReference() {
    SplittableRandom rnd = new SplittableRandom(SEED);
    for (int words : WIDTHS) {
      long[][] d = data(rnd, words, 500);
      checkEveryRow(
          IntersectionKernels.scalar(d[0]),
          d[0],
          d[1],
          "scalar, " + words + " words, seed " + SEED);
      int[] expected = reference(d[0], d[1], 0, d[1].length / words);
      for (int r = 0; r < expected.length; r++) {
        assertEquals(
            expected[r],
            IntersectionKernels.scalarIntersection(d[0], d[1], r * words),
            "scalarIntersection, " + words + " words, row " + r + ", seed " + SEED);
      }
    }
  }

  @Test
  void chosenKernelMatchesTheReference(TestReporter report) {
    SplittableRandom rnd = new SplittableRandom(SEED + 1);
    for (int words : WIDTHS) {
      long[][] d = data(rnd, words, 500);
      IntersectionKernel k = IntersectionKernels.forQuery(d[0]);
      report.publishEntry("kernel for " + words + " words", k.name());
      checkEveryRow(k, d[0], d[1], k.name() + ", seed " + SEED);
    }
    report.publishEntry("vector kernels", IntersectionKernels.vectorStatus());
  }

  @Test
  void chosenKernelIsTheVectorOneExactlyWhenSelected() {
    for (int words : WIDTHS) {
      String name = IntersectionKernels.forQuery(new long[words]).name();
      boolean vector = VectorKernels.selected() && (words == 16 || words == 32);
      assertEquals(vector, name.startsWith("Vector API"), words + " words: " + name);
    }
  }

  @Test
  void vectorKernelsMatchTheReference(TestReporter report) {
    String status = IntersectionKernels.vectorStatus();
    if (VectorKernels.create(new long[16]) == null) {
      if (VECTOR_REQUIRED) {
        fail("the vector kernel was required but is not available: " + status);
      }
      assumeTrue(
          false,
          "vector kernel NOT tested, this run tested the scalar kernels only; vector kernels "
              + status);
    }
    report.publishEntry("vector kernels", status);
    SplittableRandom rnd = new SplittableRandom(SEED + 2);
    for (int words : new int[] {16, 32}) {
      IntersectionKernel k = null;
      for (int trial = 0; trial < 5; trial++) {
        long[][] d = data(rnd, words, 2000);
        k = VectorKernels.create(d[0]);
        assertNotNull(k, words + " words");
        checkEveryRow(k, d[0], d[1], k.name() + ", seed " + SEED);
      }
      assertTrue(k.name().startsWith("Vector API, 512-bit"), k.name());
    }
    for (int words : WIDTHS) {
      if (words != 16 && words != 32) {
        assertEquals(null, VectorKernels.create(new long[words]), words + " words");
      }
    }
  }
}
