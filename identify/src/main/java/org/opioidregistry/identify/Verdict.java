package org.opioidregistry.identify;

/**
 * What was found for a query, strongest first. A verdict states a finding, never a legal
 * conclusion: "listed" means that the registry holds the substance with a control in force, not
 * that a sample is illegal.
 *
 * <p>The rules, applied in this order; the first that holds decides. Only substances with a control
 * in force on the identification's "as of" date count ("controlled" below): a registered substance
 * without one is reported beside the verdict but never makes it stronger.
 *
 * <ol>
 *   <li>{@link #LISTED}: the standardised structure is a controlled substance, or a salt of one; or
 *       the query names a controlled substance that has no defined structure (opium).
 *   <li>{@link #LISTED_ISOMER}: the structure shares its skeleton with a controlled substance
 *       (another or unspecified stereochemistry, other isotopes), or it is a pentavalent nitrogen
 *       derivative (a quaternary salt, an N-oxide) of the amine of a controlled substance whose
 *       listing names such derivatives ({@code Relation.PENTAVALENT_NITROGEN_DERIVATIVE}: the 1961
 *       entry "morphine methobromide and other pentavalent nitrogen morphine derivatives"); and it
 *       is not itself registered as an uncontrolled substance (an excepted isomer such as
 *       levopropoxyphene is registered so).
 *   <li>{@link #COVERED_BY_CLASS_DEFINITION}: a generic (class-wide) definition covers it.
 *   <li>{@link #SIMILAR_TO_LISTED}: a controlled substance scores at least the similarity
 *       threshold.
 *   <li>{@link #LISTED_CANDIDATES}: the query does not determine one structure (a formula, a mass,
 *       a name about equally close to several registered names), and controlled substances fit it.
 *   <li>{@link #NO_LISTED_MATCH}: none of the above, in this registry.
 * </ol>
 *
 * <p>{@link Identifier} is the only place that applies these rules. Immutable and thread-safe.
 */
public enum Verdict {
  /** Identical to a controlled substance, or a salt of one (the same parent). */
  LISTED,
  /**
   * A stereoisomer or isotope variant of a controlled substance (same skeleton), or another form
   * its listing's scope names (a pentavalent nitrogen derivative of its amine).
   */
  LISTED_ISOMER,
  /** Not listed by itself, but within a generic (class-wide) legal definition. */
  COVERED_BY_CLASS_DEFINITION,
  /** Not listed or covered, but structurally similar to controlled substances. */
  SIMILAR_TO_LISTED,
  /**
   * The query fits several substances (formula, mass, ambiguous name); controlled ones among them.
   */
  LISTED_CANDIDATES,
  /** Nothing listed, covered, similar or fitting was found in this registry. */
  NO_LISTED_MATCH;

  /**
   * Returns whether this verdict found something (the command then exits with 0).
   *
   * @return true for every verdict but {@link #NO_LISTED_MATCH}
   */
  public boolean foundSomething() {
    return this != NO_LISTED_MATCH;
  }
}
