package org.opioidregistry.core.classdef;

import org.openscience.cdk.exception.InvalidSmilesException;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.silent.SilentChemObjectBuilder;
import org.openscience.cdk.smiles.SmilesParser;

/** Parses the library's own constant SMILES. Stateless. */
final class SmilesInput {
  private SmilesInput() {}

  static IAtomContainer parse(String smiles) {
    try {
      return new SmilesParser(SilentChemObjectBuilder.getInstance()).parseSmiles(smiles);
    } catch (InvalidSmilesException e) {
      throw new IllegalStateException("bad built-in SMILES " + smiles, e);
    }
  }
}
