package org.opioidregistry.search;

import java.util.Objects;
import org.opioidregistry.core.fingerprint.FingerprintType;
import org.opioidregistry.core.substance.Substance;

/**
 * A registered substance structurally similar to a query. A score is a measure of likeness, never a
 * legal verdict.
 *
 * <p>Immutable and thread-safe.
 *
 * @param substance the registered substance
 * @param score similarity in [0, 1]
 * @param metric how the score was computed
 * @param fingerprint the fingerprint type compared
 */
public record SimilarityMatch(
    Substance substance, double score, SimilarityMetric metric, FingerprintType fingerprint) {

  /** Checks for nulls and the range of the score. */
  public SimilarityMatch {
    Objects.requireNonNull(substance, "substance");
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(fingerprint, "fingerprint");
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score out of [0,1]: " + score);
    }
  }
}
