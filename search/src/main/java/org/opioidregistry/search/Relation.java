package org.opioidregistry.search;

/**
 * How a query relates to a registered substance found by identity.
 *
 * <p>Immutable and thread-safe.
 */
public enum Relation {
  /** The same standardised structure, written as its parent (same InChIKey). */
  IDENTICAL,
  /**
   * The same parent, but the query was a salt, solvate or charged form of it (same InChIKey after
   * standardisation removed or neutralised something).
   */
  SALT,
  /** The same connectivity with different or unspecified stereochemistry (same skeleton key). */
  STEREOISOMER,
  /** The same connectivity with different isotopes (a labelled standard, same skeleton key). */
  ISOTOPE_VARIANT,
  /**
   * The query names the substance: a substance without a defined structure (opium, coca leaf) is
   * identified by its name or code only, never by a structure.
   */
  NAMED
}
