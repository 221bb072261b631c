package org.opioidregistry.core.substructure;

/**
 * Whether a search rejects targets by screen fingerprint before graph matching.
 *
 * <p>Thread-safe (an enum).
 */
public enum Screening {
  /** Reject targets whose screen lacks a query bit; the normal mode. */
  ON,
  /** Match every target; for measurement and for checking the screen. */
  OFF
}
