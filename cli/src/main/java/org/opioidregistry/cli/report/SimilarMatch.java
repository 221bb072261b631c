package org.opioidregistry.cli.report;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import org.opioidregistry.core.fingerprint.FingerprintType;
import org.opioidregistry.core.substance.Control;
import org.opioidregistry.core.substance.SubstanceId;

/**
 * A listed substance structurally similar to the query: the score, and how it was computed, so that
 * the reader can judge it. A score is never a verdict on its own.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the substance's id
 * @param name its preferred name
 * @param inchiKey its InChIKey
 * @param score the similarity, 0 to 1
 * @param metric the coefficient
 * @param fingerprint the fingerprint type
 * @param controls the substance's controls
 */
public record SimilarMatch(
    SubstanceId id,
    String name,
    String inchiKey,
    double score,
    Metric metric,
    FingerprintType fingerprint,
    List<Control> controls) {

  /** Checks for nulls and the score's range, and copies the controls. */
  public SimilarMatch {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(inchiKey, "inchiKey");
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(fingerprint, "fingerprint");
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("a similarity score is between 0 and 1: " + score);
    }
    controls = ImmutableList.copyOf(controls);
  }
}
