package org.opioidregistry.search;

import java.util.Objects;
import org.opioidregistry.core.substance.Substance;
import org.opioidregistry.core.substructure.SubstructureMatch;

/**
 * A registered substance that contains a substructure query, with the matched atoms for
 * highlighting (indices into the atoms of {@code substance.structure().atomContainer()}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param substance the substance
 * @param match where the query matched
 */
public record SubstructureHitOfSubstance(Substance substance, SubstructureMatch match) {

  /** Checks for nulls. */
  public SubstructureHitOfSubstance {
    Objects.requireNonNull(substance, "substance");
    Objects.requireNonNull(match, "match");
  }
}
