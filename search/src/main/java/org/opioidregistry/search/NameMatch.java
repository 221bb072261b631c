package org.opioidregistry.search;

import java.util.Objects;
import org.opioidregistry.core.substance.Substance;

/**
 * A substance found by name, synonym or code, with the name that matched and why.
 *
 * <p>Immutable and thread-safe.
 *
 * @param substance the substance found
 * @param matchedName the name, synonym or code that matched, as registered
 * @param kind why it matched
 * @param score rank score in [0, 1]; higher is better
 * @param explanation the reason in words, e.g. "2 letters differ from 'Carfentanil'"
 */
public record NameMatch(
    Substance substance, String matchedName, NameMatchKind kind, double score, String explanation) {

  /** Checks for nulls. */
  public NameMatch {
    Objects.requireNonNull(substance, "substance");
    Objects.requireNonNull(matchedName, "matchedName");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(explanation, "explanation");
  }
}
