package org.opioidregistry.core.similarity.internal;

import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Intersection popcounts with 512-bit {@link LongVector}s: per row, the row's two (four) vectors
 * are loaded, ANDed with the query's, counted lane-wise ({@link VectorOperators#BIT_COUNT}, one
 * VPOPCNTQ each with AVX-512 VPOPCNTDQ), added and reduced once. The query's vectors are made once
 * per query and the row's loads are written out: the loop forms over a row's vectors, measured
 * first, were 8-11x slower than the scalar kernel (benchmarks/README.md, "Vector API").
 *
 * <p>Loaded only when {@code jdk.incubator.vector} is in the boot layer ({@link VectorKernels}).
 *
 * <p>Thread safety: the kernels are immutable.
 */
final class Vector512Kernels {

  private static final VectorSpecies<Long> S = LongVector.SPECIES_512;

  private Vector512Kernels() {}

  static int preferredBits() {
    return LongVector.SPECIES_PREFERRED.vectorBitSize();
  }

  static IntersectionKernel of(long[] query) {
    switch (query.length) {
      case 16:
        return new Words16(query);
      case 32:
        return new Words32(query);
      default:
        return null;
    }
  }

  /** 16 words (1024 bits): two 512-bit vectors per row. */
  private static final class Words16 implements IntersectionKernel {
    private final LongVector q0;
    private final LongVector q1;

    Words16(long[] q) {
      q0 = LongVector.fromArray(S, q, 0);
      q1 = LongVector.fromArray(S, q, 8);
    }

    @Override
    public void intersections(long[] arena, int offset, int rows, int[] counts) {
      LongVector a = q0;
      LongVector b = q1;
      for (int r = 0, o = offset; r < rows; r++, o += 16) {
        LongVector x = LongVector.fromArray(S, arena, o).and(a).lanewise(VectorOperators.BIT_COUNT);
        LongVector y =
            LongVector.fromArray(S, arena, o + 8).and(b).lanewise(VectorOperators.BIT_COUNT);
        counts[r] = (int) x.add(y).reduceLanes(VectorOperators.ADD);
      }
    }

    @Override
    public String name() {
      return "Vector API, 512-bit, 16 words";
    }
  }

  /** 32 words (2048 bits): four 512-bit vectors per row. */
  private static final class Words32 implements IntersectionKernel {
    private final LongVector q0;
    private final LongVector q1;
    private final LongVector q2;
    private final LongVector q3;

    Words32(long[] q) {
      q0 = LongVector.fromArray(S, q, 0);
      q1 = LongVector.fromArray(S, q, 8);
      q2 = LongVector.fromArray(S, q, 16);
      q3 = LongVector.fromArray(S, q, 24);
    }

    @Override
    public void intersections(long[] arena, int offset, int rows, int[] counts) {
      LongVector a = q0;
      LongVector b = q1;
      LongVector c = q2;
      LongVector d = q3;
      for (int r = 0, o = offset; r < rows; r++, o += 32) {
        LongVector w = LongVector.fromArray(S, arena, o).and(a).lanewise(VectorOperators.BIT_COUNT);
        LongVector x =
            LongVector.fromArray(S, arena, o + 8).and(b).lanewise(VectorOperators.BIT_COUNT);
        LongVector y =
            LongVector.fromArray(S, arena, o + 16).and(c).lanewise(VectorOperators.BIT_COUNT);
        LongVector z =
            LongVector.fromArray(S, arena, o + 24).and(d).lanewise(VectorOperators.BIT_COUNT);
        counts[r] = (int) w.add(x).add(y.add(z)).reduceLanes(VectorOperators.ADD);
      }
    }

    @Override
    public String name() {
      return "Vector API, 512-bit, 32 words";
    }
  }
}
