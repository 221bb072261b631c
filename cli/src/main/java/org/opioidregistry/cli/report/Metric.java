package org.opioidregistry.cli.report;

/**
 * The similarity coefficient a score was computed with.
 *
 * <p>Immutable and thread-safe.
 */
public enum Metric {
  /** |A∩B| / |A∪B|. */
  TANIMOTO,
  /** 2|A∩B| / (|A| + |B|). */
  DICE,
  /** |A∩B| / (α|A−B| + β|B−A| + |A∩B|). */
  TVERSKY
}
