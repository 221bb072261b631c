package org.opioidregistry.search;

/**
 * How a similarity score was computed.
 *
 * <p>Immutable and thread-safe.
 */
public enum SimilarityMetric {
  /** Tanimoto (Jaccard) coefficient of two fingerprints: shared bits over bits in either. */
  TANIMOTO
}
