package org.opioidregistry.identify;

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

  /** The widest tolerance accepted: wider windows are not an exact-mass search. */
  public static final double MAX_PPM = 1000;

  /** Checks for nulls. */
  public MassQuery {
    Objects.requireNonNull(adduct, "adduct");
    Objects.requireNonNull(window, "window");
  }

  /**
   * The query for an observed m/z of the given ion. The tolerance is applied to the neutral mass,
   * where ppm errors of m/z and of the neutral mass practically coincide (an adduct shifts the mass
   * by a few parts in a thousand).
   *
   * @param observed the m/z
   * @param adduct the ion observed
   * @param ppm the tolerance, 0 to {@link #MAX_PPM}
   * @return the query
   * @throws BadQueryException when the mass or the tolerance is out of range
   */
  public static MassQuery of(double observed, Adduct adduct, double ppm) {
    Objects.requireNonNull(adduct, "adduct");
    String text = observed + " " + adduct.notation();
    if (!(observed > 0) || Double.isInfinite(observed) || observed > 1e6) {
      throw BadQueryException.of(
          text, QueryProblem.INVALID_MASS, "an m/z must be a number above 0 and below 10^6");
    }
    if (!(ppm >= 0 && ppm <= MAX_PPM)) {
      throw BadQueryException.of(
          text, QueryProblem.INVALID_MASS, "a tolerance must be between 0 and 1000 ppm: " + ppm);
    }
    double neutral = adduct.neutralMass(observed);
    if (!(neutral > 0)) {
      throw BadQueryException.of(
          text,
          QueryProblem.INVALID_MASS,
          "m/z " + observed + " as " + adduct.notation() + " gives a neutral mass below 0");
    }
    return new MassQuery(observed, adduct, ppm, MassWindow.ppm(neutral, ppm));
  }

  /**
   * Returns the neutral monoisotopic mass the observed ion implies.
   *
   * @return the neutral mass
   */
  public double neutralMass() {
    return window.centre();
  }

  /**
   * Returns the query as a reader would write it, e.g. "m/z 337.2274 [M+H]+ ±5 ppm".
   *
   * @return the text
   */
  public String text() {
    return "m/z " + observed + " " + adduct.notation() + " ±" + ppm + " ppm";
  }
}
