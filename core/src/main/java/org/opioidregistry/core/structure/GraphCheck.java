package org.opioidregistry.core.structure;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.openscience.cdk.aromaticity.Kekulization;
import org.openscience.cdk.config.IsotopeFactory;
import org.openscience.cdk.config.Isotopes;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.isomorphism.matchers.IQueryBond;

/**
 * Checks a graph a reader made before standardisation sees it: every value a reader can take from
 * text unchecked (charge, isotope mass, hydrogen count, bond order, bond ends) must describe a real
 * structure. CDK's readers pass {@code M CHG 999}, {@code MASS=-7}, {@code [C+805776]}, query bonds
 * and bonds to atoms that do not exist straight through, and the steps after them fail with
 * whatever exception the first to notice throws, or, worse, compute a formula with a carbon of mass
 * 0 or 999.
 *
 * <p>MDL aromatic bonds (type 4) are the one exception that is repaired rather than refused: they
 * are ordinary in files written by some tools, and a Kekulé structure with the Daylight rules for
 * implicit hydrogens recovers what was meant (or the bonds are refused when none exists).
 *
 * <p>Stateless and thread-safe; {@link #check} modifies only the graph it is given.
 */
final class GraphCheck {

  /** Largest formal charge magnitude on one atom (InChI itself accepts up to 127). */
  static final int MAX_CHARGE = 8;

  /** Most hydrogens on one atom (ReH9 has nine; no organic atom has more than four). */
  static final int MAX_HYDROGENS = 9;

  private static final IsotopeFactory ISOTOPES = loadIsotopes();

  private GraphCheck() {}

  private static IsotopeFactory loadIsotopes() {
    try {
      return Isotopes.getInstance();
    } catch (IOException e) {
      throw new UncheckedIOException("CDK's isotope table is missing from the class path", e);
    }
  }

  /**
   * @param graph the graph as read; aromatic bonds without an order are given one
   * @param format the format it was read from
   * @param text the input, for the message
   * @param lineOfAtom one-based line of an atom by index, or -1 when unknown
   * @throws StructureParseException when a value describes no real structure
   */
  static void check(
      IAtomContainer graph,
      InputFormat format,
      String text,
      java.util.function.IntUnaryOperator lineOfAtom) {
    int index = 0;
    for (IAtom atom : graph.atoms()) {
      String problem = problemWith(atom);
      if (problem != null) {
        throw refused(format, text, "atom " + (index + 1) + " " + problem, lineOfAtom, index);
      }
      index++;
    }
    boolean aromaticWithoutOrder = false;
    index = 0;
    for (IBond bond : graph.bonds()) {
      IAtom begin = bond.getBegin();
      IAtom end = bond.getEnd();
      if (bond.getAtomCount() != 2
          || begin == null
          || end == null
          || graph.indexOf(begin) < 0
          || graph.indexOf(end) < 0) {
        throw refused(
            format, text, "bond " + (index + 1) + " joins an atom that is not in the structure");
      }
      if (bond instanceof IQueryBond) {
        throw refused(
            format,
            text,
            "bond "
                + (index + 1)
                + " is a query bond (e.g. 'single or aromatic', 'any'): a structure to identify"
                + " needs definite bonds");
      }
      if (bond.getOrder() == null || bond.getOrder() == IBond.Order.UNSET) {
        if (!bond.isAromatic()) {
          throw refused(format, text, "bond " + (index + 1) + " has no bond order");
        }
        aromaticWithoutOrder = true;
      }
      index++;
    }
    if (aromaticWithoutOrder) {
      kekulize(graph, format, text);
    }
  }

  private static String problemWith(IAtom atom) {
    int charge = Atoms.charge(atom);
    if (Math.abs(charge) > MAX_CHARGE) {
      return "has charge " + charge + "; no atom carries more than " + MAX_CHARGE + " charges";
    }
    Integer hydrogens = atom.getImplicitHydrogenCount();
    if (hydrogens != null && (hydrogens < 0 || hydrogens > MAX_HYDROGENS)) {
      return "has " + hydrogens + " hydrogens; no atom carries more than " + MAX_HYDROGENS;
    }
    Integer mass = atom.getMassNumber();
    if (mass != null && ISOTOPES.getIsotope(atom.getSymbol(), mass) == null) {
      return "is given mass number "
          + mass
          + ", which is not a known isotope of "
          + atom.getSymbol();
    }
    return null;
  }

  /**
   * Orders for bonds read as aromatic (MDL bond type 4): implicit hydrogens by the Daylight rules
   * for aromatic atoms (lowest normal valence, less one for the aromatic pi bond), then CDK's
   * Kekulé assignment, which fails when no alternation exists.
   */
  private static void kekulize(IAtomContainer graph, InputFormat format, String text) {
    for (IAtom atom : graph.atoms()) {
      if (atom.getImplicitHydrogenCount() == null) {
        atom.setImplicitHydrogenCount(implicitHydrogens(graph, atom));
      }
    }
    try {
      Kekulization.kekulize(graph);
    } catch (CDKException e) {
      throw StructureParseException.of(
              format,
              StructureParseException.Reason.INVALID_STRUCTURE,
              "its aromatic bonds (MDL bond type 4) cannot be given single and double orders;"
                  + " draw the ring with alternating bonds, or put the hydrogen on each pyrrole-type"
                  + " nitrogen explicitly",
              text)
          .withCause(e);
    }
  }

  private static int implicitHydrogens(IAtomContainer graph, IAtom atom) {
    int bonded = 0;
    boolean aromatic = false;
    for (IBond bond : graph.getConnectedBondsList(atom)) {
      IBond.Order order = bond.getOrder();
      if (order == null || order == IBond.Order.UNSET) {
        bonded += 1;
        aromatic = true;
      } else {
        bonded += order.numeric();
      }
    }
    if (aromatic) {
      bonded += 1; // the pi bond the Kekulé form will add
    }
    int valence = lowestValenceAtLeast(atom, bonded);
    return valence < 0 ? 0 : valence - bonded;
  }

  /** The lowest normal valence of the (charge-adjusted) element that is at least {@code bonded}. */
  private static int lowestValenceAtLeast(IAtom atom, int bonded) {
    int[] valences =
        switch (Atoms.atomicNumber(atom) - Atoms.charge(atom)) {
          case 5 -> new int[] {3}; // B, or C+
          case 6 -> new int[] {4}; // C, N+, B-
          case 7 -> new int[] {3, 5}; // N, O+, C-
          case 8 -> new int[] {2}; // O, N-
          case 15 -> new int[] {3, 5}; // P
          case 16 -> new int[] {2, 4, 6}; // S, P-
          case 14 -> new int[] {4}; // Si, P+
          case 34 -> new int[] {2, 4, 6}; // Se
          default -> new int[0];
        };
    for (int valence : valences) {
      if (valence >= bonded) {
        return valence;
      }
    }
    return -1;
  }

  private static StructureParseException refused(
      InputFormat format,
      String text,
      String detail,
      java.util.function.IntUnaryOperator lineOfAtom,
      int atomIndex) {
    int line = lineOfAtom.applyAsInt(atomIndex);
    return line > 0
        ? StructureParseException.atLine(
            format, StructureParseException.Reason.INVALID_STRUCTURE, detail, text, line)
        : refused(format, text, detail);
  }

  private static StructureParseException refused(InputFormat format, String text, String detail) {
    return StructureParseException.of(
        format, StructureParseException.Reason.INVALID_STRUCTURE, detail, text);
  }
}
