package org.opioidregistry.search;

import org.opioidregistry.data.ReferenceData;

/**
 * The registry of the reference data bundled with the {@code data} module, ready at once: its
 * structures, identity keys and ECFP4 fingerprints are those the build computed and verified
 * ({@link ReferenceData#bundled()}), so that opening it parses no SMILES and computes no InChI or
 * fingerprint, and its content hash is the one the build computed from the same data ({@code
 * BundledContentHash}); its names go into Lucene on the first name search. The same queries give
 * the same answers as a registry made from the tables the slow way, {@code
 * Registry.inMemory(ReferenceData.load().substances())} (tested over every bundled substance).
 *
 * <pre>{@code
 * try (Registry registry = BundledRegistry.open()) {
 *   registry.findByStructure(StructureParser.parse("CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1"));
 * }
 * }</pre>
 *
 * <p>Thread-safe: it keeps no state; each registry it opens is thread-safe.
 */
public final class BundledRegistry {

  private BundledRegistry() {}

  /**
   * A new in-memory registry of the bundled data, which the caller owns and closes. It may be
   * written to like any in-memory registry; the bundled data stay as they are.
   *
   * @throws org.opioidregistry.data.DataFileException if the bundled files are malformed (a
   *     packaging fault)
   */
  public static Registry open() {
    ReferenceData data = ReferenceData.bundled();
    return Registry.inMemory(
        data.substances(), data::fingerprint, true, BundledContentHash.of(data));
  }
}
