package org.opioidregistry.core.classdef;

import java.util.List;

/**
 * One modification found at one site, and the clause that allows it: "E: propionyl →
 * furan-2-carbonyl".
 *
 * <p>Immutable and thread-safe.
 *
 * @param clause the clause that allows the change
 * @param from what fentanyl has at the site
 * @param to what the evaluated structure has
 * @param atoms the indices, sorted, of the atoms of the evaluated graph that make up the changed
 *     site (the new group, ring or substituent): indices into the graph once explicit hydrogens are
 *     suppressed, which is the input's own order when it has none (as {@code
 *     Structure.atomContainer()} gives); empty when the site has no atoms of its own
 */
public record SiteChange(Clause clause, String from, String to, List<Integer> atoms) {

  /** Copies the atom list. */
  public SiteChange {
    atoms = List.copyOf(atoms);
  }

  /** A change whose atoms are not known (built by hand). */
  public SiteChange(Clause clause, String from, String to) {
    this(clause, from, to, List.of());
  }

  /** Returns e.g. "D: phenyl → 4-fluorophenyl". */
  @Override
  public String toString() {
    return clause.label() + ": " + from + " → " + to;
  }
}
