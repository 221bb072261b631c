package org.opioidregistry.core.substance;

/**
 * How well a fact in the reference data is established. Carried with each fact so that an
 * unverified year is never presented to a user as if it were a fact.
 *
 * <p>Immutable and thread-safe.
 */
public enum Certainty {
  /** Checked against a stored copy of an authoritative source (treaty list, CND decision). */
  VERIFIED,
  /** From the curator's memory of a source, not checked against a copy of it. */
  RECOLLECTION,
  /** An estimate or a source that could not be checked. */
  UNVERIFIED
}
