package org.opioidregistry.core.classdef;

import java.util.List;

/**
 * The result of reading a molecule against the fentanyl scaffold: every candidate reading (a
 * molecule with two piperidines can have two), most complete first; empty when there is no
 * piperidin-4-yl amine at all.
 *
 * <p>Immutable and thread-safe.
 *
 * @param candidates the readings, most complete first
 */
record FentanylDecomposition(List<FentanylParts> candidates) {

  /**
   * Copies the list.
   *
   * @param candidates the readings
   */
  public FentanylDecomposition {
    candidates = List.copyOf(candidates);
  }

  /**
   * Returns whether no piperidin-4-yl amine was found.
   *
   * @return true if there is nothing to judge
   */
  public boolean isEmpty() {
    return candidates.isEmpty();
  }
}
