package org.opioidregistry.core.similarity.internal;

/**
 * The intersection popcounts of one query fingerprint against rows of a fingerprint arena: for each
 * row, the number of bits set in both the query and the row. Rows lie one after another in a {@code
 * long[]}, each as long as the query.
 *
 * <p>One call scores a block of rows, so that a caller pays one (possibly megamorphic) call per
 * block rather than per row, whichever implementation it holds.
 *
 * <pre>{@code
 * IntersectionKernel k = IntersectionKernels.forQuery(queryWords);
 * int[] counts = new int[256];
 * k.intersections(arena, firstRow * queryWords.length, 256, counts);
 * }</pre>
 *
 * <p>Thread safety: implementations are immutable and may be shared by any number of threads.
 */
public interface IntersectionKernel {

  /**
   * Writes {@code popcount(query AND row)} of {@code rows} consecutive rows into {@code counts}.
   *
   * @param arena the rows, each {@code query.length} words long
   * @param offset the index in {@code arena} of the first row's first word
   * @param rows how many rows to score, at least 0
   * @param counts receives row {@code i}'s count at index {@code i}; at least {@code rows} long
   * @throws IndexOutOfBoundsException if the rows or the counts lie outside the arrays
   */
  void intersections(long[] arena, int offset, int rows, int[] counts);

  /**
   * Names the implementation for reports and benchmark output, e.g. {@code "scalar, 16 words"}.
   *
   * @return a short description
   */
  String name();
}
