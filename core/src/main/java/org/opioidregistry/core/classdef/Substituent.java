package org.opioidregistry.core.classdef;

import java.util.List;

/**
 * A group found at one position of a scaffold part.
 *
 * <p>Immutable and thread-safe.
 *
 * @param locant where it sits, e.g. "3" on the piperidine, "4" on a ring, "alpha" on the linker
 * @param type its kind, in the vocabulary of the definitions
 * @param name a readable name, or canonical SMILES with {@code *} at the attachment
 * @param carbons number of carbon atoms in the group (some definitions limit it)
 * @param atoms the group's atom indices in the evaluated graph (see {@link SiteChange#atoms()})
 */
record Substituent(
    String locant, SubstituentType type, String name, int carbons, List<Integer> atoms) {

  /** Copies the atom list. */
  Substituent {
    atoms = List.copyOf(atoms);
  }

  /** A substituent whose atoms are not known (built by hand, e.g. in tests). */
  Substituent(String locant, SubstituentType type, String name, int carbons) {
    this(locant, type, name, carbons, List.of());
  }

  /** Returns e.g. "3-methyl". */
  @Override
  public String toString() {
    return locant + "-" + name;
  }
}
