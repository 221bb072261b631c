package org.opioidregistry.search;

import org.opioidregistry.core.structure.IdentityLayer;
import org.opioidregistry.core.structure.Standardization;

/**
 * How a query structure relates to a registered substance found by identity. Which layer of
 * identity keys two structures share is decided in {@code core} ({@link
 * org.opioidregistry.core.structure.IdentityKeys#sharedLayer}); this names it for a lookup.
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
  NAMED,
  /**
   * Another tautomer of the substance: the same structure once movable hydrogens are not placed
   * (same tautomer key, other connectivity key), e.g. the enol drawing of fentanyl's amide.
   */
  TAUTOMER,
  /**
   * A pentavalent nitrogen derivative (a quaternary N-alkyl salt, an N-oxide) of the tertiary amine
   * the substance derives from, which the substance's listing names ({@link
   * org.opioidregistry.core.substance.ListedForm#PENTAVALENT_NITROGEN_DERIVATIVES}): e.g.
   * N-ethylmorphinium bromide under "morphine methobromide and other pentavalent nitrogen morphine
   * derivatives"; or such a derivative of an ester or ether of that amine when the listing names
   * esters or ethers too (heroin N-oxide, N-methylcodeinium under the 1961 Schedule I). Decided by
   * identification from the listing's scope, never by an identity lookup.
   */
  PENTAVALENT_NITROGEN_DERIVATIVE;

  /**
   * The relation that a shared identity layer stands for; {@code salt} says whether standardisation
   * removed or neutralised something on the way to the query's parent.
   *
   * @return empty when the layer is not an identity relation (formula only, or nothing)
   */
  static java.util.Optional<Relation> of(IdentityLayer layer, Standardization standardization) {
    return java.util.Optional.ofNullable(
        switch (layer) {
          case FULL -> isSalt(standardization) ? SALT : IDENTICAL;
          case STEREO_INSENSITIVE, CONNECTIVITY -> STEREOISOMER;
          case ISOTOPE_INSENSITIVE -> ISOTOPE_VARIANT;
          case TAUTOMER_INSENSITIVE -> TAUTOMER;
          case FORMULA, NONE -> null;
        });
  }

  /** A group merely redrawn (nitro, iminol) is the same substance written otherwise, not a salt. */
  private static boolean isSalt(Standardization s) {
    return !s.removed().isEmpty() || s.neutralisedCations() > 0 || s.neutralisedAnions() > 0;
  }
}
