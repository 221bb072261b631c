package org.opioidregistry.core.structure;

/**
 * The text formats a structure can be written in, as far as {@link StructureParser} tells them
 * apart.
 *
 * <p>Immutable and thread-safe.
 */
public enum InputFormat {
  /** A SMILES string, optionally followed by whitespace and a title. */
  SMILES("SMILES"),
  /** A standard or non-standard InChI string, starting with {@code InChI=}. */
  INCHI("InChI"),
  /** An MDL molfile block, V2000 or V3000. */
  MOLFILE("MOL block");

  private final String displayName;

  InputFormat(String displayName) {
    this.displayName = displayName;
  }

  /**
   * Guesses the format of a text: InChI by its prefix, a MOL block by its {@code M END} line or
   * counts-line version tag, SMILES otherwise.
   *
   * @param text the input, not null
   * @return the detected format
   */
  public static InputFormat detect(String text) {
    String trimmed = text.strip();
    if (trimmed.startsWith("InChI=")) {
      return INCHI;
    }
    if (text.indexOf('\n') >= 0
        && (text.contains("M  END") || text.contains("V2000") || text.contains("V3000"))) {
      return MOLFILE;
    }
    return SMILES;
  }

  /** The name a chemist reads in an error message, e.g. "MOL block". */
  public String displayName() {
    return displayName;
  }
}
