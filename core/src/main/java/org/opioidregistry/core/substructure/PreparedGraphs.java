package org.opioidregistry.core.substructure;

import org.openscience.cdk.exception.InvalidSmilesException;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.silent.SilentChemObjectBuilder;
import org.openscience.cdk.smarts.SmartsPattern;
import org.openscience.cdk.smiles.SmilesParser;

/** Copies and prepares target graphs for SMARTS matching. Stateless. */
final class PreparedGraphs {
  private PreparedGraphs() {}

  /**
   * Returns a copy with ring membership and Daylight aromaticity set, as SMARTS semantics need.
   * Atom order is kept, so match indices refer to the caller's atoms.
   */
  static IAtomContainer prepare(IAtomContainer mol) {
    IAtomContainer copy;
    try {
      copy = mol.clone();
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("IAtomContainer.clone is supported by every CDK builder", e);
    }
    SmartsPattern.prepare(copy);
    return copy;
  }

  static IAtomContainer parseAndPrepare(String smiles) {
    try {
      IAtomContainer mol =
          new SmilesParser(SilentChemObjectBuilder.getInstance()).parseSmiles(smiles);
      SmartsPattern.prepare(mol);
      return mol;
    } catch (InvalidSmilesException e) {
      throw new IllegalArgumentException(
          "Invalid SMILES: " + smiles + " (" + e.getMessage() + ")", e);
    }
  }
}
