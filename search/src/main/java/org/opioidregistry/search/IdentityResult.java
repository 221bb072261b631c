package org.opioidregistry.search;

import java.util.List;
import java.util.Objects;
import org.opioidregistry.core.structure.Structure;

/**
 * What an identity lookup found: substances the query is ({@link Relation#IDENTICAL} or {@link
 * Relation#SALT}), and separately substances it is an isomer or isotope variant of.
 *
 * <p>Immutable and thread-safe.
 *
 * @param query the standardised query
 * @param exact matches with the same InChIKey
 * @param related matches with the same skeleton key but a different InChIKey
 */
public record IdentityResult(
    Structure query, List<IdentityMatch> exact, List<IdentityMatch> related) {

  /** Copies the lists. */
  public IdentityResult {
    Objects.requireNonNull(query, "query");
    exact = List.copyOf(exact);
    related = List.copyOf(related);
  }

  /** True when neither an exact nor a related match was found. */
  public boolean isEmpty() {
    return exact.isEmpty() && related.isEmpty();
  }
}
