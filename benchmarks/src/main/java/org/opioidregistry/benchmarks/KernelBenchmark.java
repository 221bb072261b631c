package org.opioidregistry.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.opioidregistry.core.similarity.internal.IntersectionKernel;
import org.opioidregistry.core.similarity.internal.IntersectionKernels;

/**
 * Why the index unrolls its inner loop, and whether the Vector API kernel pays: the intersection
 * popcount of one query against every row of a 1M-row arena, written as the plain loop over words
 * and as the hand-unrolled form with four accumulators (a copy of the scalar kernel, called inline
 * per row as the index did before it scored rows in blocks), beside a plain streaming read of the
 * same arena (the floor of scalar code), and the index's own kernels as {@code FingerprintIndex}
 * calls them, 256 rows per call: {@link #indexScalar} always the scalar one, {@link #indexChosen}
 * the one {@code IntersectionKernels} chooses on this JVM (the Vector API kernel on Java 21+ with
 * {@code --add-modules=jdk.incubator.vector} and a 512-bit preferred species; the fork prints
 * which). The result is the sum of counts, so nothing is dead code.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx4g"})
@State(Scope.Benchmark)
public class KernelBenchmark {

  /** Fingerprint length: 1024 (16 words) or 2048 (32 words). */
  @Param({"1024", "2048"})
  public int bits;

  /** Rows in the arena. */
  @Param({"1000000"})
  public int rows;

  long[] arena;
  long[] query;
  int words;
  IntersectionKernel scalarKernel;
  IntersectionKernel chosenKernel;
  int[] counts;

  /** Fills the arena with sparse random rows (about 50 bits set). */
  @Setup(Level.Trial)
  public void fill() {
    MachineInfo.print();
    words = bits / 64;
    SplittableRandom rnd = new SplittableRandom(42);
    arena = new long[rows * words];
    for (int r = 0; r < rows; r++) {
      for (int k = 0; k < 50; k++) {
        int b = rnd.nextInt(bits);
        arena[r * words + (b >>> 6)] |= 1L << b;
      }
    }
    query = new long[words];
    System.arraycopy(arena, 17 * words, query, 0, words);
    scalarKernel = IntersectionKernels.scalar(query);
    chosenKernel = IntersectionKernels.forQuery(query);
    counts = new int[BLOCK];
    System.err.println("# kernel     " + chosenKernel.name());
    System.err.println("# vector     " + IntersectionKernels.vectorStatus());
    long expected = unrolled();
    if (checkSum(scalarKernel) != expected || checkSum(chosenKernel) != expected) {
      throw new IllegalStateException("the index kernels disagree with the unrolled copy");
    }
  }

  /**
   * The sum of counts for the setup's check, in code of its own: were the check to call {@link
   * #scan}, the type profile of scan's call site would hold both kernels in every fork, which the
   * index's call sites do not.
   */
  private long checkSum(IntersectionKernel k) {
    int[] c = new int[rows];
    k.intersections(arena, 0, rows, c);
    long sum = 0;
    for (int x : c) {
      sum += x;
    }
    return sum;
  }

  private static final int BLOCK = 256;

  /** The index's scalar kernel, 256 rows per call as the index calls it. */
  @Benchmark
  public long indexScalar() {
    return scan(scalarKernel);
  }

  /** The kernel the index chooses on this JVM (see the class comment), 256 rows per call. */
  @Benchmark
  public long indexChosen() {
    return scan(chosenKernel);
  }

  private long scan(IntersectionKernel k) {
    long sum = 0;
    int[] c = counts;
    for (int row = 0; row < rows; row += BLOCK) {
      int n = Math.min(BLOCK, rows - row);
      k.intersections(arena, row * words, n, c);
      for (int i = 0; i < n; i++) {
        sum += c[i];
      }
    }
    return sum;
  }

  /** The plain loop over words, for any width. */
  @Benchmark
  public long plainLoop() {
    long sum = 0;
    long[] q = query;
    long[] m = arena;
    int w = words;
    for (int off = 0, end = rows * w; off < end; off += w) {
      int c = 0;
      for (int i = 0; i < w; i++) {
        c += Long.bitCount(q[i] & m[off + i]);
      }
      sum += c;
    }
    return sum;
  }

  /** Hand-unrolled by 16 words with four accumulators, as in the index. */
  @Benchmark
  public long unrolled() {
    long sum = 0;
    long[] q = query;
    long[] m = arena;
    int w = words;
    for (int off = 0, end = rows * w; off < end; off += w) {
      int c = and16(q, 0, m, off);
      if (w == 32) {
        c += and16(q, 16, m, off + 16);
      }
      sum += c;
    }
    return sum;
  }

  /**
   * The streaming-read floor: the same arena summed word by word with four independent accumulators
   * (xor-folded, so no popcount), i.e. the time one core needs just to read the bytes a full scan
   * reads. A kernel at this figure is memory bound; one well above it is not.
   */
  @Benchmark
  public long streamingRead() {
    long[] m = arena;
    long a = 0;
    long b = 0;
    long c = 0;
    long d = 0;
    int end = m.length & ~3;
    for (int i = 0; i < end; i += 4) {
      a ^= m[i];
      b ^= m[i + 1];
      c ^= m[i + 2];
      d ^= m[i + 3];
    }
    return a + b + c + d;
  }

  private static int and16(long[] q, int qo, long[] m, int o) {
    int c0 = Long.bitCount(q[qo] & m[o]) + Long.bitCount(q[qo + 4] & m[o + 4]);
    int c1 = Long.bitCount(q[qo + 1] & m[o + 1]) + Long.bitCount(q[qo + 5] & m[o + 5]);
    int c2 = Long.bitCount(q[qo + 2] & m[o + 2]) + Long.bitCount(q[qo + 6] & m[o + 6]);
    int c3 = Long.bitCount(q[qo + 3] & m[o + 3]) + Long.bitCount(q[qo + 7] & m[o + 7]);
    c0 += Long.bitCount(q[qo + 8] & m[o + 8]) + Long.bitCount(q[qo + 12] & m[o + 12]);
    c1 += Long.bitCount(q[qo + 9] & m[o + 9]) + Long.bitCount(q[qo + 13] & m[o + 13]);
    c2 += Long.bitCount(q[qo + 10] & m[o + 10]) + Long.bitCount(q[qo + 14] & m[o + 14]);
    c3 += Long.bitCount(q[qo + 11] & m[o + 11]) + Long.bitCount(q[qo + 15] & m[o + 15]);
    return (c0 + c1) + (c2 + c3);
  }
}
