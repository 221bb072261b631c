package org.opioidregistry.core.structure;

/**
 * The finest layer of {@link IdentityKeys} that two structures share, from the most to the least
 * specific. Registration systems key structures this way (RDKit's RegistrationHash, the GSRS exact
 * and flex hashes) so that a lookup can say how close a match is, not only whether there is one.
 *
 * <p>Immutable and thread-safe.
 */
public enum IdentityLayer {
  /** The same standard InChIKey: one structure (drawn the same way or not). */
  FULL,
  /** The same structure but for its stereo layers: a stereoisomer, or stereo left unspecified. */
  STEREO_INSENSITIVE,
  /** The same structure but for its isotopes: e.g. a deuterated internal standard. */
  ISOTOPE_INSENSITIVE,
  /**
   * The same connectivity and hydrogens (InChIKey first block); stereo and isotopes both differ.
   */
  CONNECTIVITY,
  /**
   * The same structure once hydrogens that can move between atoms are not placed: a tautomer, e.g.
   * the enol drawing of an amide or a ketone.
   */
  TAUTOMER_INSENSITIVE,
  /** Only the molecular formula is shared: a constitutional isomer, not an identity. */
  FORMULA,
  /** Not even the formula is shared. */
  NONE
}
