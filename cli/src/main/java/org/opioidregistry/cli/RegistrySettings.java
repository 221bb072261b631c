package org.opioidregistry.cli;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Which registry to open and how its similarity search reports.
 *
 * <p>Immutable and thread-safe.
 *
 * @param directory a persistent registry, or empty for the bundled reference data
 * @param threshold the smallest similarity score reported, 0 to 1
 * @param top at most this many similar substances per query
 */
public record RegistrySettings(Optional<Path> directory, double threshold, int top) {

  /**
   * Similar enough to report: ECFP4 Tanimoto 0.5 keeps close analogues of one family (fentanyl
   * analogues score 0.5–0.8 against each other) and drops unrelated drugs (cutting agents score
   * below 0.2 against any opioid).
   */
  public static final double DEFAULT_THRESHOLD = 0.5;

  /** Similar substances shown per query by default. */
  public static final int DEFAULT_TOP = 5;

  /** Checks the ranges. */
  public RegistrySettings {
    Objects.requireNonNull(directory, "directory");
    if (!(threshold >= 0 && threshold <= 1)) {
      throw new IllegalArgumentException("a similarity threshold is between 0 and 1: " + threshold);
    }
    if (top < 1) {
      throw new IllegalArgumentException("top must be at least 1: " + top);
    }
  }

  /** The bundled registry with the default similarity settings. */
  public static RegistrySettings defaults() {
    return new RegistrySettings(Optional.empty(), DEFAULT_THRESHOLD, DEFAULT_TOP);
  }
}
