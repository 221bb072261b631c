package org.opioidregistry.core.structure;

/**
 * Size limits that protect a caller from pathological input: text longer than {@code maxCharacters}
 * is refused before parsing, and a structure with more than {@code maxAtoms} atoms is refused
 * before the expensive steps (standardisation, InChI).
 *
 * <p>Immutable and thread-safe.
 *
 * @param maxCharacters longest accepted SMILES or InChI text
 * @param maxMolfileCharacters longest accepted MOL block (they are verbose: about 70 characters an
 *     atom)
 * @param maxAtoms largest accepted atom count, hydrogens included
 */
public record ParseLimits(int maxCharacters, int maxMolfileCharacters, int maxAtoms) {

  /**
   * Limits suited to small molecules (drugs, precursors, cutting agents): 10,000 characters of
   * SMILES or InChI, 2,000,000 characters of MOL block, 1,000 atoms.
   */
  public static final ParseLimits DEFAULT = new ParseLimits(10_000, 2_000_000, 1_000);

  /** Checks that every limit is positive. */
  public ParseLimits {
    if (maxCharacters <= 0 || maxMolfileCharacters <= 0 || maxAtoms <= 0) {
      throw new IllegalArgumentException("parse limits must be positive");
    }
  }

  /** The character limit that applies to a text of the given format. */
  int maxCharactersFor(InputFormat format) {
    return format == InputFormat.MOLFILE ? maxMolfileCharacters : maxCharacters;
  }
}
