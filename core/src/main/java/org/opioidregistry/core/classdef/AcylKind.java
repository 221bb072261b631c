package org.opioidregistry.core.classdef;

/**
 * What sits on the anilide nitrogen in place of fentanyl's propionyl group.
 *
 * <p>Thread-safe (an enum).
 */
enum AcylKind {
  /** C(=O)-C: a carboxylic acyl group (acetyl, butyryl, furan-2-carbonyl...). */
  CARBOXYLIC,
  /** C(=O)H. */
  FORMYL,
  /** C(=O)-O-R: makes the compound a carbamate. */
  ALKOXYCARBONYL,
  /** C(=O)-N: makes the compound a urea. */
  CARBAMOYL,
  /** C(=S)-R: a thioamide. */
  THIOACYL,
  /** S(=O)(=O)-R: a sulfonamide. */
  SULFONYL,
  /** Nothing acyl-like: the nitrogen is an amine (e.g. 4-ANPP). */
  NONE
}
