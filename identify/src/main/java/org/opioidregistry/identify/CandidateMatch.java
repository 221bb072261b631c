package org.opioidregistry.identify;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.opioidregistry.core.substance.Control;
import org.opioidregistry.core.substance.Substance;

/**
 * A registered substance that fits a query which does not determine one structure: the same
 * formula, a monoisotopic mass within the window, or one of several about equally close names.
 *
 * <p>Immutable and thread-safe.
 *
 * @param substance the registered substance
 * @param basis why it fits
 * @param controls its controls in force on the identification's date
 * @param ppmError for a mass query, the query's deviation from the substance's mass in ppm
 */
public record CandidateMatch(
    Substance substance, Basis basis, List<Control> controls, OptionalDouble ppmError) {

  /** Why a candidate fits the query. */
  public enum Basis {
    /** It has the query's molecular formula. */
    FORMULA,
    /** Its monoisotopic mass lies in the query's window. */
    MASS,
    /** One of its names is about as close to the query as another substance's name. */
    NAME
  }

  /** Checks for nulls and copies the controls. */
  public CandidateMatch {
    Objects.requireNonNull(substance, "substance");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(ppmError, "ppmError");
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
