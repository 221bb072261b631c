package org.opioidregistry.core.structure;

import org.openscience.cdk.aromaticity.Aromaticity;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.graph.Cycles;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.interfaces.IChemObjectBuilder;
import org.openscience.cdk.interfaces.IMolecularFormula;
import org.openscience.cdk.silent.SilentChemObjectBuilder;
import org.openscience.cdk.smiles.SmiFlavor;
import org.openscience.cdk.smiles.SmilesGenerator;
import org.openscience.cdk.smiles.SmilesParser;
import org.openscience.cdk.tools.manipulator.MolecularFormulaManipulator;

/**
 * The few CDK calls the structure model needs, each made the same way everywhere. Every method
 * creates its own CDK helper objects, because CDK's parsers and generators are not documented as
 * safe to share between threads.
 */
final class CdkSupport {

  static final IChemObjectBuilder BUILDER = SilentChemObjectBuilder.getInstance();

  /**
   * One aromaticity model for every input, so that Kekulé and aromatic SMILES of one substance
   * meet. Daylight's model is the one most chemists' SMILES assume. {@link Aromaticity} is
   * immutable.
   */
  private static final Aromaticity AROMATICITY =
      new Aromaticity(Aromaticity.Model.Daylight, Cycles.or(Cycles.all(), Cycles.all(6)));

  private CdkSupport() {}

  static SmilesParser smilesParser() {
    return new SmilesParser(BUILDER);
  }

  /** Canonical isomeric SMILES with aromatic symbols: stereo and isotopes kept. */
  static String canonicalSmiles(IAtomContainer mol) throws CDKException {
    return new SmilesGenerator(SmiFlavor.Absolute | SmiFlavor.UseAromaticSymbols).create(mol);
  }

  /** Canonical SMILES without stereo or isotopes: for looking fragments up in a table. */
  static String canonicalSkeletonSmiles(IAtomContainer mol) throws CDKException {
    return new SmilesGenerator(SmiFlavor.Canonical).create(mol);
  }

  /** Clears whatever aromaticity the input declared and perceives it with the one model. */
  static void perceiveAromaticity(IAtomContainer mol) throws CDKException {
    for (IAtom atom : mol.atoms()) {
      atom.setIsAromatic(false);
    }
    for (IBond bond : mol.bonds()) {
      bond.setIsAromatic(false);
    }
    AROMATICITY.apply(mol);
  }

  static IMolecularFormula formula(IAtomContainer mol) {
    return MolecularFormulaManipulator.getMolecularFormula(mol);
  }

  private static final java.util.regex.Pattern CDK_ISOTOPE =
      java.util.regex.Pattern.compile("\\[(\\d+)\\]([A-Z][a-z]?)");

  /**
   * Hill formula: C, then H, then the other elements alphabetically. Isotopes are written as
   * chemists write them for labelled standards: deuterium as D, tritium as T, others as [13C].
   */
  static String hillFormula(IAtomContainer mol) {
    String cdk = MolecularFormulaManipulator.getString(formula(mol), false, true);
    return CDK_ISOTOPE
        .matcher(cdk)
        .replaceAll(
            m -> {
              String element = m.group(2);
              String mass = m.group(1);
              if (element.equals("H") && mass.equals("2")) {
                return "D";
              }
              if (element.equals("H") && mass.equals("3")) {
                return "T";
              }
              return "[" + mass + element + "]";
            });
  }

  /** Monoisotopic mass, with any isotopes the structure specifies. */
  static double monoisotopicMass(IAtomContainer mol) {
    return MolecularFormulaManipulator.getMass(
        formula(mol), MolecularFormulaManipulator.MonoIsotopic);
  }

  static IAtomContainer copy(IAtomContainer mol) {
    try {
      return mol.clone();
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("CDK atom containers are cloneable", e);
    }
  }
}
