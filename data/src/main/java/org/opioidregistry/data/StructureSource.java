package org.opioidregistry.data;

import org.opioidregistry.core.structure.InputFormat;
import org.opioidregistry.core.structure.ParseLimits;
import org.opioidregistry.core.structure.Structure;
import org.opioidregistry.core.structure.StructureParseException;
import org.opioidregistry.core.structure.StructureParser;

/**
 * Where {@link SubstanceTableReader} gets the structure of a row's SMILES: parsed now (the slow
 * step: one InChI each), or precomputed by the build ({@link PrecomputedStructures}). Either way
 * the reader then checks the structure against the row's stated InChIKey, formula and mass.
 *
 * <p>Implementations are thread-safe.
 */
@FunctionalInterface
interface StructureSource {

  /** Parses every SMILES: what a lab's own files get. */
  StructureSource PARSE =
      smiles -> StructureParser.parse(smiles, InputFormat.SMILES, ParseLimits.DEFAULT);

  /**
   * The standardised structure of this SMILES text, as written in the table.
   *
   * @throws StructureParseException when the SMILES does not parse
   */
  Structure structure(String smiles);
}
