package org.opioidregistry.core.substructure;

import java.util.Arrays;
import java.util.List;

/**
 * One embedding of a query in a target: for each query atom, in query order, the index of the
 * target atom it maps to. Use the indices to highlight the match in a depiction.
 *
 * <p>Immutable and thread-safe.
 *
 * @param targetAtoms target atom indices, one per query atom; an unmodifiable copy
 */
public record SubstructureMatch(List<Integer> targetAtoms) {

  /**
   * Copies the indices.
   *
   * @param targetAtoms target atom indices, one per query atom
   * @throws NullPointerException if the list or an index is null
   */
  public SubstructureMatch {
    targetAtoms = List.copyOf(targetAtoms);
  }

  static SubstructureMatch of(int[] mapping) {
    return new SubstructureMatch(Arrays.stream(mapping).boxed().toList());
  }
}
