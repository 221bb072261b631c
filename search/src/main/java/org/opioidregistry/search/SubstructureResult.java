package org.opioidregistry.search;

import java.util.List;

/**
 * What a registry-wide substructure search found, and how much the screen saved.
 *
 * <p>Immutable and thread-safe.
 *
 * @param hits matching substances, in registry order, at most the limit asked for
 * @param examined substances looked at before the search stopped
 * @param screenedOut substances rejected by the screen fingerprint without graph matching
 * @param timedOut true when the time bound stopped the search: the hits are then partial
 */
public record SubstructureResult(
    List<SubstructureHitOfSubstance> hits, int examined, int screenedOut, boolean timedOut) {

  /** Copies the list. */
  public SubstructureResult {
    hits = List.copyOf(hits);
  }
}
