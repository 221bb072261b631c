package org.opioidregistry.identify;

/**
 * Where the structure an identification describes came from.
 *
 * <p>Immutable and thread-safe.
 */
public enum StructureSource {
  /** Parsed from the query itself (SMILES, InChI, MOL block, a batch record). */
  INPUT,
  /** Converted from a systematic name by OPSIN. */
  OPSIN,
  /** The registered structure of the substance a name, code or key named. */
  REGISTRY
}
