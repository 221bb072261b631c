package org.opioidregistry.search;

import java.util.Objects;
import org.opioidregistry.core.substance.Substance;

/**
 * A registered substance that a query structure is, or is an isomer of.
 *
 * <p>Immutable and thread-safe.
 *
 * @param substance the registered substance
 * @param relation how the query relates to it
 */
public record IdentityMatch(Substance substance, Relation relation) {

  /** Checks for nulls. */
  public IdentityMatch {
    Objects.requireNonNull(substance, "substance");
    Objects.requireNonNull(relation, "relation");
  }
}
