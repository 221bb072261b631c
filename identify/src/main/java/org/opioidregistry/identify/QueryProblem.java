package org.opioidregistry.identify;

import org.opioidregistry.core.structure.StructureParseException;

/**
 * Why a query could not be read: a stable identity that programs branch on (the {@code reason} of a
 * JSON error record).
 *
 * <p>Immutable and thread-safe.
 */
public enum QueryProblem {
  /** The query is empty or blank. */
  EMPTY,
  /** The query is longer than the limit for its kind. */
  TOO_LONG,
  /** The structure has more atoms than the limit. */
  TOO_MANY_ATOMS,
  /** The text breaks the syntax of its format (SMILES, InChI, MOL block). */
  SYNTAX,
  /** An element symbol that does not exist. */
  UNKNOWN_ELEMENT,
  /** The text parses but does not describe a valid structure (valence, rings, bonds). */
  INVALID_STRUCTURE,
  /** The InChI library could not compute identifiers for the structure. */
  INCHI_FAILED,
  /** The structure is within the size limits but too deeply nested for the parser. */
  TOO_COMPLEX,
  /** A code (CAS RN) whose check digit or form is wrong. */
  INVALID_CODE,
  /** A molecular formula that cannot be read. */
  INVALID_FORMULA,
  /** A mass, adduct or tolerance out of range. */
  INVALID_MASS,
  /**
   * A structure was needed (a screen) but the query determines none: a formula, a mass, or a name
   * without one structure. {@link Identifier#identify(Query)} answers such a query with candidates.
   */
  NOT_A_STRUCTURE;

  /** The problem a structure parser's reason stands for. */
  static QueryProblem of(StructureParseException.Reason reason) {
    return switch (reason) {
      case EMPTY -> EMPTY;
      case TOO_LONG -> TOO_LONG;
      case TOO_MANY_ATOMS -> TOO_MANY_ATOMS;
      case SYNTAX -> SYNTAX;
      case UNKNOWN_ELEMENT -> UNKNOWN_ELEMENT;
      case INVALID_STRUCTURE -> INVALID_STRUCTURE;
      case INCHI_FAILED -> INCHI_FAILED;
      case TOO_COMPLEX -> TOO_COMPLEX;
    };
  }
}
