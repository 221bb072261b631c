package org.opioidregistry.core.similarity.internal;

/**
 * The Java 21 version of the Vector API kernels (in {@code META-INF/versions/21} of the core jar):
 * 512-bit kernels on {@code jdk.incubator.vector}, chosen only when that module is in the boot
 * layer and the preferred species is 512 bits. This class names no Vector API type itself, so that
 * it loads whether or not the module is there; {@link Vector512Kernels} does, and is loaded only
 * once the module is known to be present.
 *
 * <p>Why only 512 bits (benchmarks/README.md, "Vector API"): the 512-bit form with the query's
 * vectors held and the row's loads written out beat the scalar kernel on a machine with AVX-512
 * VPOPCNTDQ, while every loop form, and the 256-bit form an AVX2 machine would prefer, was several
 * times slower. Without C2 (for example {@code -XX:TieredStopAtLevel=1}) the Vector API is not
 * intrinsified and this kernel is far slower than the scalar one: do not add the module there.
 *
 * <p>Thread safety: immutable after class initialisation.
 */
final class VectorKernels {

  private static final String MODULE = "jdk.incubator.vector";
  private static final boolean PRESENT = ModuleLayer.boot().findModule(MODULE).isPresent();
  private static final int PREFERRED_BITS = PRESENT ? Vector512Kernels.preferredBits() : 0;

  private VectorKernels() {}

  /** Whether the index uses the vector kernels for 16- and 32-word rows. */
  static boolean selected() {
    return PREFERRED_BITS == 512;
  }

  /**
   * The vector kernel for a 16- or 32-word query regardless of the preferred species (the tests
   * check it on any machine with the module), or null without the module or for other widths.
   */
  static IntersectionKernel create(long[] query) {
    return PRESENT ? Vector512Kernels.of(query) : null;
  }

  /** Why the vector kernels are (not) in use. */
  static String status() {
    if (!PRESENT) {
      return "not in use: Java "
          + Runtime.version().feature()
          + " without the module "
          + MODULE
          + " (add --add-modules="
          + MODULE
          + ")";
    }
    return (selected() ? "in use: " : "not in use: ")
        + MODULE
        + " on Java "
        + Runtime.version().feature()
        + ", preferred species "
        + PREFERRED_BITS
        + " bits"
        + (selected() ? " (16- and 32-word rows)" : " (used only when it is 512 bits)");
  }
}
