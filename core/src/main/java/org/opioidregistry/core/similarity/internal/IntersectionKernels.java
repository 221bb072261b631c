package org.opioidregistry.core.similarity.internal;

/**
 * Chooses the intersection kernel for a query: the one place that decides between the scalar
 * kernels and the Vector API ones.
 *
 * <p>The Vector API kernel is chosen for 16- and 32-word queries (1024 and 2048 bits) when the JVM
 * runs the Java 21 version of the core jar's {@code VectorKernels} (a multi-release jar built with
 * a JDK 21 or later), the module {@code jdk.incubator.vector} is in the boot layer ({@code
 * --add-modules=jdk.incubator.vector}) and the preferred vector species is 512 bits wide.
 * Otherwise, and always for other widths, the scalar kernel. Both give the same counts ({@code
 * IntersectionKernelsTest}); benchmarks/README.md, "Vector API", has the measurements behind the
 * choice.
 *
 * <pre>{@code
 * IntersectionKernel k = IntersectionKernels.forQuery(query.words());
 * }</pre>
 *
 * <p>Thread safety: stateless and safe for concurrent use.
 */
public final class IntersectionKernels {

  private IntersectionKernels() {}

  /**
   * Returns the kernel the index uses for this query.
   *
   * @param query the query's words; copied or loaded, never kept by reference
   * @return the chosen kernel
   */
  public static IntersectionKernel forQuery(long[] query) {
    IntersectionKernel vector = vectorForQuery(query);
    return vector != null ? vector : ScalarKernels.of(query);
  }

  /**
   * Returns the Vector API kernel for this query where it is in use, else null (the index then
   * inlines {@link #scalarIntersection} per row).
   *
   * @param query the query's words; loaded, never kept by reference
   * @return the vector kernel, or null
   */
  public static IntersectionKernel vectorForQuery(long[] query) {
    if (VectorKernels.selected() && (query.length == 16 || query.length == 32)) {
      return VectorKernels.create(query);
    }
    return null;
  }

  /**
   * The scalar count of one row, the popcount of {@code query} AND the {@code query.length} words
   * of {@code arena} from {@code offset}: unrolled for 16 and 32 words, a plain loop otherwise.
   * Small enough for the JIT to inline into a caller's row loop.
   *
   * @param query the query's words
   * @param arena the rows
   * @param offset the index of the row's first word
   * @return the count
   */
  public static int scalarIntersection(long[] query, long[] arena, int offset) {
    return ScalarKernels.intersection(query, arena, offset);
  }

  /**
   * Returns the scalar kernel for this query, whatever {@link #forQuery} would choose.
   *
   * @param query the query's words; copied
   * @return the scalar kernel
   */
  public static IntersectionKernel scalar(long[] query) {
    return ScalarKernels.of(query);
  }

  /**
   * Says whether the Vector API kernels are in use and why, for logs and benchmark output.
   *
   * @return one line, e.g. {@code "in use: jdk.incubator.vector, preferred species 512 bits"}
   */
  public static String vectorStatus() {
    return VectorKernels.status();
  }
}
