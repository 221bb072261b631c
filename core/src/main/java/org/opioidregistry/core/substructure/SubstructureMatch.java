package org.opioidregistry.core.substructure;

import com.google.common.primitives.ImmutableIntArray;

/**
 * One embedding of a query in a target: for each query atom, in query order, the index of the
 * target atom it maps to. Use the indices to highlight the match in a depiction.
 *
 * <p>Immutable and thread-safe.
 *
 * @param targetAtoms target atom indices, one per query atom
 */
public record SubstructureMatch(ImmutableIntArray targetAtoms) {

  /**
   * Validates the components.
   *
   * @param targetAtoms target atom indices, one per query atom
   */
  public SubstructureMatch {
    if (targetAtoms == null) {
      throw new NullPointerException("targetAtoms");
    }
  }

  static SubstructureMatch of(int[] mapping) {
    return new SubstructureMatch(ImmutableIntArray.copyOf(mapping));
  }
}
