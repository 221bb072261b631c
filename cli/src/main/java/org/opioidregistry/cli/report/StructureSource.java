package org.opioidregistry.cli.report;

/**
 * Where the structure a report describes came from.
 *
 * <p>Immutable and thread-safe.
 */
public enum StructureSource {
  /** Parsed from the query itself (SMILES, InChI, MOL block or file record). */
  INPUT,
  /** Converted from a systematic name by OPSIN. */
  OPSIN,
  /** The registered structure of the substance a name, code or key matched. */
  REGISTRY
}
