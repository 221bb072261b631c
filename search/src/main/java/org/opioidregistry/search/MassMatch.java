package org.opioidregistry.search;

import java.util.Objects;
import org.opioidregistry.core.substance.Substance;

/**
 * A registered substance whose neutral monoisotopic mass lies in a queried mass window, with how
 * far the window's centre (the measured mass) is from it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param substance the substance found
 * @param monoisotopicMass the substance's calculated neutral monoisotopic mass in daltons
 * @param ppmError the deviation of the queried mass from the calculated one in parts per million of
 *     the calculated mass: positive when the queried mass is heavier
 */
public record MassMatch(Substance substance, double monoisotopicMass, double ppmError) {

  /** Checks for null and for finite values. */
  public MassMatch {
    Objects.requireNonNull(substance, "substance");
    if (!Double.isFinite(monoisotopicMass) || !Double.isFinite(ppmError)) {
      throw new IllegalArgumentException(
          "mass and ppm error must be finite: " + monoisotopicMass + ", " + ppmError);
    }
  }
}
