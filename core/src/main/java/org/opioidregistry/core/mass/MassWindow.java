package org.opioidregistry.core.mass;

/**
 * A mass with a tolerance around it, for matching a measured mass against calculated ones.
 *
 * <pre>{@code
 * MassWindow window = MassWindow.ppm(336.2202, 5);   // 336.21852 .. 336.22188
 * window.contains(fentanyl.monoisotopicMass());      // true
 * MassWindow.ppmError(336.2210, 336.220164);          // +2.49 ppm
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param centre the mass in daltons
 * @param halfWidth the largest accepted difference in daltons, at least 0
 */
public record MassWindow(double centre, double halfWidth) {

  /** The largest tolerance accepted in ppm: more than this is not an exact-mass search. */
  public static final double MAX_PPM = 1000;

  /**
   * Checks the values.
   *
   * @throws IllegalArgumentException when the centre is not a positive finite mass or the width is
   *     negative or not finite
   */
  public MassWindow {
    if (!(centre > 0) || Double.isInfinite(centre)) {
      throw new IllegalArgumentException("a mass must be positive: " + centre);
    }
    if (!(halfWidth >= 0) || Double.isInfinite(halfWidth)) {
      throw new IllegalArgumentException("a mass tolerance must be 0 or more: " + halfWidth);
    }
  }

  /**
   * A window of ± {@code ppm} parts per million of the mass.
   *
   * @throws IllegalArgumentException when ppm is negative or above {@link #MAX_PPM}
   */
  public static MassWindow ppm(double centre, double ppm) {
    if (!(ppm >= 0) || ppm > MAX_PPM) {
      throw new IllegalArgumentException(
          "a ppm tolerance is between 0 and " + (int) MAX_PPM + ": " + ppm);
    }
    return new MassWindow(centre, centre * ppm * 1e-6);
  }

  /** A window of ± the given number of daltons. */
  public static MassWindow daltons(double centre, double daltons) {
    return new MassWindow(centre, daltons);
  }

  /** The smallest mass in the window. */
  public double lower() {
    return centre - halfWidth;
  }

  /** The largest mass in the window. */
  public double upper() {
    return centre + halfWidth;
  }

  /** True when the mass lies in the window, bounds included. */
  public boolean contains(double mass) {
    return mass >= lower() && mass <= upper();
  }

  /** The deviation of this window's centre from a calculated mass, in ppm of the calculated. */
  public double ppmErrorOf(double calculated) {
    return ppmError(centre, calculated);
  }

  /**
   * The deviation of a measured mass from a calculated one in parts per million of the calculated
   * mass, the way mass spectrometrists quote it: positive when the measured mass is heavier.
   */
  public static double ppmError(double measured, double calculated) {
    if (!(calculated > 0)) {
      throw new IllegalArgumentException("a calculated mass must be positive: " + calculated);
    }
    return (measured - calculated) / calculated * 1e6;
  }
}
