package org.opioidregistry.cli.report;

import java.util.Objects;
import org.opioidregistry.core.mass.Adduct;
import org.opioidregistry.core.mass.MassWindow;

/**
 * An exact-mass query: the observed m/z, the ion it is taken to be, and the window of neutral
 * monoisotopic masses that it admits.
 *
 * <pre>{@code
 * MassQuery q = MassQuery.of(337.2274, Adduct.PROTONATED, 5);
 * q.window().centre();   // 336.220124: the neutral mass
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param observed the m/z as measured
 * @param adduct the ion
 * @param ppm the tolerance in parts per million
 * @param window the neutral masses admitted
 */
public record MassQuery(double observed, Adduct adduct, double ppm, MassWindow window) {

  /** Checks for nulls. */
  public MassQuery {
    Objects.requireNonNull(adduct, "adduct");
    Objects.requireNonNull(window, "window");
  }

  /**
   * The query for an observed m/z of the given ion. The tolerance is applied to the neutral mass,
   * which is how ppm errors of m/z and of the neutral mass practically coincide (the adduct shifts
   * the mass by a few parts in a thousand).
   *
   * @throws IllegalArgumentException when the mass or tolerance is out of range
   */
  public static MassQuery of(double observed, Adduct adduct, double ppm) {
    if (!(observed > 0) || Double.isInfinite(observed)) {
      throw new IllegalArgumentException("a mass must be a positive number: " + observed);
    }
    double neutral = adduct.neutralMass(observed);
    if (!(neutral > 0)) {
      throw new IllegalArgumentException(
          "m/z " + observed + " as " + adduct + " gives a neutral mass below 0");
    }
    return new MassQuery(observed, adduct, ppm, MassWindow.ppm(neutral, ppm));
  }

  /** The neutral monoisotopic mass the observed ion implies. */
  public double neutralMass() {
    return window.centre();
  }
}
