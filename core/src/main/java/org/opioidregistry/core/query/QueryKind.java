package org.opioidregistry.core.query;

/**
 * What a query text was taken to be.
 *
 * <p>Immutable and thread-safe.
 */
public enum QueryKind {
  /** A SMILES string (possibly followed by a title). */
  SMILES,
  /** An InChI, starting with {@code InChI=}. */
  INCHI,
  /** A standard InChIKey, e.g. {@code PJMPHNIQZUBGLI-UHFFFAOYSA-N}. */
  INCHIKEY,
  /**
   * A CAS Registry Number, e.g. {@code 437-38-7}, or bare digits whose check digit holds ({@code
   * 437387}, read as 437-38-7); a hyphenated one is detected whatever its check digit, so that the
   * reader can say it is wrong.
   */
  CAS_RN,
  /** A molecular formula, e.g. {@code C22H28N2O}, possibly with a salt ({@code C22H28N2O.HCl}). */
  FORMULA,
  /** A MOL block given as text (several lines, with an {@code M END} line). */
  MOL_BLOCK,
  /** The path of a file of structures (MOL, SDF, SMILES). */
  FILE,
  /** Anything else: a name, synonym or code to look up in the name index. */
  NAME,
  /**
   * An exact mass (or m/z with an adduct) given as such, e.g. by a command-line option; {@link
   * QueryDetector} never returns it, since a bare number is too ambiguous to detect.
   */
  MASS
}
