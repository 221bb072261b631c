package org.opioidregistry.core.classdef;

/**
 * One modification found at one site, and the clause that allows it: "E: propionyl →
 * furan-2-carbonyl".
 *
 * <p>Immutable and thread-safe.
 *
 * @param clause the clause that allows the change
 * @param from what fentanyl has at the site
 * @param to what the evaluated structure has
 */
public record SiteChange(Clause clause, String from, String to) {
  /** Returns e.g. "D: phenyl → 4-fluorophenyl". */
  @Override
  public String toString() {
    return clause.label() + ": " + from + " → " + to;
  }
}
