package org.opioidregistry.core.substance;

/**
 * Whether a control was in force on a given day, as far as its recorded dates tell: see {@link
 * Control#inForceOn(java.time.LocalDate)}.
 *
 * <p>Immutable and thread-safe.
 */
public enum InForce {
  /** The control had begun and had not ended on that day. */
  IN_FORCE,
  /** The control began after that day. */
  NOT_YET,
  /** The control had ended on or before that day. */
  ENDED,
  /**
   * The recorded dates are too imprecise to tell (a year without a day, a period, an unknown date),
   * so the day falls where the control may or may not have been in force.
   */
  UNCERTAIN;

  /** True unless the dates exclude the control on that day ({@link #NOT_YET}, {@link #ENDED}). */
  public boolean possiblyInForce() {
    return this == IN_FORCE || this == UNCERTAIN;
  }
}
