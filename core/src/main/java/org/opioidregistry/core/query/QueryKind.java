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
  /** A CAS Registry Number, e.g. {@code 437-38-7}; its check digit is not yet verified. */
  CAS_RN,
  /** A molecular formula, e.g. {@code C22H28N2O}. */
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
