package org.opioidregistry.core.substance;

import java.util.Objects;

/**
 * A substance a listing names as not covered, although its wording would otherwise reach it: e.g.
 * dextromethorphan and dextrorphan, excepted from the isomers of the morphinans in Schedule I of
 * the 1961 Convention. The excepted substance is itself a registered substance (so its structure is
 * checked like any other); its InChIKey is carried here so that a control can be tested without the
 * registry at hand.
 *
 * <p>Immutable and thread-safe.
 *
 * @param substance the excepted substance's id
 * @param name its preferred name, for people
 * @param inchiKey its standard InChIKey
 */
public record Exclusion(SubstanceId substance, String name, String inchiKey) {

  /**
   * Checks that every part is present.
   *
   * @throws IllegalArgumentException when the name or the key is blank
   */
  public Exclusion {
    Objects.requireNonNull(substance, "substance");
    if (name == null || name.isBlank() || inchiKey == null || inchiKey.isBlank()) {
      throw new IllegalArgumentException("an exclusion needs a name and an InChIKey");
    }
    name = name.strip();
    inchiKey = inchiKey.strip();
  }
}
