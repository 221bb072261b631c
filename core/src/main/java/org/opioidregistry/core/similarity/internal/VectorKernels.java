package org.opioidregistry.core.similarity.internal;

/**
 * The Java 17 version of the Vector API kernels: none. The Java 21 version of this class, in {@code
 * META-INF/versions/21} of the multi-release core jar, offers 512-bit kernels on {@code
 * jdk.incubator.vector}; a Java 17 JVM, a class directory, or a jar built without a JDK 21 reads
 * this one, and the index runs the scalar kernels.
 *
 * <p>Thread safety: stateless.
 */
final class VectorKernels {

  private VectorKernels() {}

  /** Whether the index uses the vector kernels for 16- and 32-word rows: never here. */
  static boolean selected() {
    return false;
  }

  /** The vector kernel for a 16- or 32-word query regardless of preference; none here. */
  static IntersectionKernel create(long[] query) {
    return null;
  }

  /** Why the vector kernels are (not) in use. */
  static String status() {
    return "not in use: the Java 17 class files of the core jar are running on Java "
        + Runtime.version().feature()
        + " (the Vector API kernel is the Java 21 version of VectorKernels, read from"
        + " META-INF/versions/21 of a multi-release jar built with -Dvector.jdk, on Java 21 or later)";
  }
}
