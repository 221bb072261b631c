package org.opioidregistry.core.classdef;

/**
 * Whether a structure falls within a class definition.
 *
 * <p>Thread-safe (an enum).
 */
public enum Coverage {
  /** Every difference from the parent compound is allowed by a clause. */
  COVERED,
  /** Some difference is allowed by no clause, or a condition of the definition fails. */
  NOT_COVERED,
  /**
   * The answer depends on wording this library does not have (a definition implemented from a
   * truncated text); the reason names the unknown clause.
   */
  UNDETERMINED
}
