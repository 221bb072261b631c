package org.opioidregistry.cli.report;

/**
 * How a listed substance relates to the query.
 *
 * <p>Immutable and thread-safe.
 */
public enum Relation {
  /** The same standardised parent structure (same InChIKey). */
  IDENTICAL,
  /** The query is a salt (or solvate) whose parent is the listed substance. */
  SALT,
  /** The same skeleton with other or unspecified stereochemistry. */
  STEREOISOMER,
  /** The same skeleton with other isotopes (e.g. a deuterated internal standard). */
  ISOTOPE_VARIANT,
  /** Another tautomer of the listed substance (e.g. the enol drawing of an amide or ketone). */
  TAUTOMER,
  /** The same molecular formula (a formula query). */
  SAME_FORMULA,
  /** A monoisotopic mass within the tolerance of the query's (a mass query). */
  MASS_MATCH,
  /** The query's name, synonym or code names this substance. */
  NAME
}
