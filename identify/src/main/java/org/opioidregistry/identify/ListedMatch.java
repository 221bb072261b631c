package org.opioidregistry.identify;

import java.util.List;
import java.util.Objects;
import org.opioidregistry.core.substance.Control;
import org.opioidregistry.core.substance.Substance;
import org.opioidregistry.search.Relation;

/**
 * A registered substance that the query's structure is, or is a form of: how it relates to the
 * query, and its controls in force on the identification's date.
 *
 * <p>Immutable and thread-safe.
 *
 * @param substance the registered substance
 * @param relation identical, salt, stereoisomer, isotope variant...
 * @param controls its controls in force on the "as of" date (empty: registered, not controlled)
 * @param countsForVerdict whether this match made the verdict: false for an uncontrolled substance,
 *     and for an isomer of a controlled substance when the query itself is registered as an
 *     uncontrolled substance (an excepted isomer)
 */
public record ListedMatch(
    Substance substance, Relation relation, List<Control> controls, boolean countsForVerdict) {

  /** Checks for nulls and copies the controls. */
  public ListedMatch {
    Objects.requireNonNull(substance, "substance");
    Objects.requireNonNull(relation, "relation");
    controls = List.copyOf(controls);
  }

  /**
   * Returns whether the substance has a control in force on the identification's date.
   *
   * @return true when controlled
   */
  public boolean controlled() {
    return !controls.isEmpty();
  }
}
