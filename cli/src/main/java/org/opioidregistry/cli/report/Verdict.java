package org.opioidregistry.cli.report;

/**
 * What was found for a structure, strongest first. A verdict states a finding, never a legal
 * conclusion: "listed" means the registry holds the substance with its controls, not that a sample
 * is illegal.
 *
 * <p>Immutable and thread-safe.
 */
public enum Verdict {
  /** Identical to a listed substance, or a salt of one (the same parent). */
  LISTED,
  /** A stereoisomer or isotope variant of a listed substance (same skeleton, other InChIKey). */
  LISTED_ISOMER,
  /** Not listed by name, but within a generic (class-wide) legal definition. */
  COVERED_BY_CLASS_DEFINITION,
  /** Not listed, but structurally similar to listed substances above the threshold. */
  SIMILAR_TO_LISTED,
  /** Nothing listed, covered or similar was found. */
  NO_LISTED_MATCH;

  /** True for every verdict that found something: the command then exits with 0. */
  public boolean foundSomething() {
    return this != NO_LISTED_MATCH;
  }
}
