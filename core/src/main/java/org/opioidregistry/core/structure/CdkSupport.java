package org.opioidregistry.core.structure;

import java.util.SortedMap;
import java.util.TreeMap;
import org.openscience.cdk.aromaticity.Aromaticity;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.graph.Cycles;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.interfaces.IChemObjectBuilder;
import org.openscience.cdk.interfaces.IIsotope;
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

  /**
   * One parser per thread: building one costs about as much as parsing a small SMILES (the builder
   * makes its template atom, bond and container reflectively), and a screen parses every record. A
   * parser keeps nothing from one parse to the next (its only state is its options, which nothing
   * here changes), but CDK does not promise that it may be shared across threads.
   */
  private static final ThreadLocal<SmilesParser> SMILES_PARSER =
      ThreadLocal.withInitial(() -> new SmilesParser(BUILDER));

  static SmilesParser smilesParser() {
    return SMILES_PARSER.get();
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

  /**
   * Monoisotopic mass, with any isotopes the structure specifies. The terms are added in a fixed
   * order (by element symbol, then isotope mass): floating-point addition is not associative, and
   * CDK's formula keeps its isotopes in the order the atoms were met, so two drawings of one
   * structure could otherwise differ in the last bits, and the same input give other bytes.
   */
  static double monoisotopicMass(IAtomContainer mol) {
    SortedMap<String, Double> terms = new TreeMap<>();
    IMolecularFormula formula = formula(mol);
    for (IIsotope isotope : formula.isotopes()) {
      IMolecularFormula one = formula.getBuilder().newInstance(IMolecularFormula.class);
      one.addIsotope(isotope, formula.getIsotopeCount(isotope));
      String key =
          isotope.getSymbol()
              + "/"
              + (isotope.getMassNumber() == null ? 0 : isotope.getMassNumber())
              + "/"
              + formula.getIsotopeCount(isotope);
      terms.merge(
          key,
          MolecularFormulaManipulator.getMass(one, MolecularFormulaManipulator.MonoIsotopic),
          Double::sum);
    }
    double mass = 0;
    for (double term : terms.values()) {
      mass += term;
    }
    return mass;
  }

  static IAtomContainer copy(IAtomContainer mol) {
    try {
      return mol.clone();
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("CDK atom containers are cloneable", e);
    }
  }
}
