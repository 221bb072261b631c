package org.opioidregistry.core.substructure;

import java.util.List;

/**
 * Outcome of a substructure search over many targets.
 *
 * <p>Immutable and thread-safe.
 *
 * @param hits matching targets in target order, at most the requested limit
 * @param examined targets looked at (screened out or matched) before the search stopped
 * @param screenedOut targets rejected by the screen without graph matching
 * @param limitReached true if the search stopped because {@code hits} reached the limit
 * @param timedOut true if the search stopped because its time bound passed; the result is partial
 */
public record SubstructureSearchResult(
    List<SubstructureHit> hits,
    int examined,
    int screenedOut,
    boolean limitReached,
    boolean timedOut) {

  /**
   * Copies the hit list.
   *
   * @param hits matching targets
   * @param examined targets looked at
   * @param screenedOut targets rejected by the screen
   * @param limitReached whether the limit stopped the search
   * @param timedOut whether the time bound stopped the search
   */
  public SubstructureSearchResult {
    hits = List.copyOf(hits);
  }

  /**
   * Returns the share of examined targets rejected by the screen.
   *
   * @return a value in [0, 1]; 0 when nothing was examined
   */
  public double screeningRatio() {
    return examined == 0 ? 0.0 : (double) screenedOut / examined;
  }
}
