package org.opioidregistry.core.fingerprint;

import org.openscience.cdk.exception.InvalidSmilesException;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.silent.SilentChemObjectBuilder;
import org.openscience.cdk.smiles.SmilesParser;

/** Test molecules, parsed with CDK directly (the Structure type lives elsewhere). */
public final class Molecules {
  public static final String FENTANYL = "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1";
  public static final String ACETYLFENTANYL = "CC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1";
  public static final String CARFENTANIL = "CCC(=O)N(c1ccccc1)C1(C(=O)OC)CCN(CCc2ccccc2)CC1";
  public static final String ISOTONITAZENE =
      "CCN(CC)CCn1c(Cc2ccc(OC(C)C)cc2)nc2cc([N+](=O)[O-])ccc21";
  public static final String METONITAZENE = "CCN(CC)CCn1c(Cc2ccc(OC)cc2)nc2cc([N+](=O)[O-])ccc21";

  /** A small varied set: opioids, their precursors, and a few unrelated drugs. */
  public static final String[] SET = {
    FENTANYL,
    ACETYLFENTANYL,
    CARFENTANIL,
    ISOTONITAZENE,
    METONITAZENE,
    "O=C(CC)N(c1ccccc1)C1CCN(CCc2cccs2)CC1",
    "CCC(=O)N(c1ccc(F)cc1)C1CCN(CCc2ccccc2)CC1",
    "COC(=O)CCN1CCC(CC1)(C(=O)OC)N(C(=O)CC)c1ccccc1",
    "c1ccccc1NC1CCN(CCc2ccccc2)CC1",
    "O=C1CCN(CCc2ccccc2)CC1",
    "CN1CC[C@]23c4c5ccc(O)c4O[C@H]2[C@@H](O)C=C[C@H]3[C@H]1C5",
    "CCC(=O)C(CC(C)N(C)C)(c1ccccc1)c1ccccc1",
    "CN(C)C1(c2ccccc2)CCC(CC1)O",
    "CC(=O)Oc1ccccc1C(=O)O",
    "CN1C=NC2=C1C(=O)N(C(=O)N2C)C",
    "Clc1ccc2c(c1)C(=NCC(=O)N2C)c1ccccc1",
    "C",
    "[Na+].[Cl-]",
  };

  private Molecules() {}

  /** Parses SMILES, failing the test on bad input. */
  public static IAtomContainer parse(String smiles) {
    try {
      return new SmilesParser(SilentChemObjectBuilder.getInstance()).parseSmiles(smiles);
    } catch (InvalidSmilesException e) {
      throw new AssertionError(smiles, e);
    }
  }
}
