package org.opioidregistry.core.substance;

import java.util.Optional;

/**
 * Kinds of identifier code a substance can carry besides its names.
 *
 * <p>Immutable and thread-safe.
 */
public enum CodeType {
  /** CAS Registry Number, e.g. {@code 437-38-7}; its check digit is verified. */
  CAS_RN("cas"),
  /** FDA Unique Ingredient Identifier, ten characters. */
  UNII("unii"),
  /** PubChem compound id. */
  PUBCHEM_CID("pubchem-cid"),
  /** A company or laboratory code, e.g. {@code R-4263}, {@code U-47700}. */
  LAB_CODE("lab-code"),
  /** An identifier of the user's own system (e.g. a seizure or case number). */
  LOCAL("local");

  private final String id;

  CodeType(String id) {
    this.id = id;
  }

  /** Stable identifier for files and queries, e.g. {@code cas}. */
  public String id() {
    return id;
  }

  /** The type with the given {@link #id()}, if any. */
  public static Optional<CodeType> fromId(String id) {
    // A loop, not a stream: called for every row of the tables at each start.
    for (var c : values()) {
      if (c.id.equals(id)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
