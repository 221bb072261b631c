package org.opioidregistry.core.classdef;

import java.io.IOException;
import org.openscience.cdk.config.Elements;
import org.openscience.cdk.config.Isotopes;

/**
 * Conventional standard atomic weights (IUPAC 2021 abridged values) for the elements found in
 * drug-like molecules; used for molecular-mass limits in definitions. Any other element gets the
 * mean mass of its natural isotopes from CDK's isotope table (Blue Obelisk data; close to, not
 * always equal to, the IUPAC value: 72.613 u for germanium against 72.630 u), and an element with
 * no natural isotopes (Tc, Pm, the actinides...) gets {@code NaN}, which a definition reports as
 * "cannot be computed": no element a parser accepts may make a definition fail. Stateless.
 */
final class StandardAtomicWeights {
  private StandardAtomicWeights() {}

  static double of(int atomicNumber) {
    return switch (atomicNumber) {
      case 1 -> 1.008;
      case 5 -> 10.81;
      case 6 -> 12.011;
      case 7 -> 14.007;
      case 8 -> 15.999;
      case 9 -> 18.998;
      case 11 -> 22.990;
      case 14 -> 28.085;
      case 15 -> 30.974;
      case 16 -> 32.06;
      case 17 -> 35.45;
      case 19 -> 39.098;
      case 34 -> 78.971;
      case 35 -> 79.904;
      case 53 -> 126.904;
      default -> naturalMass(atomicNumber);
    };
  }

  private static double naturalMass(int atomicNumber) {
    if (atomicNumber <= 0 || atomicNumber > 118) {
      return Double.NaN;
    }
    try {
      double mass =
          Isotopes.getInstance().getNaturalMass(Elements.ofNumber(atomicNumber).toIElement());
      return mass > 0 ? mass : Double.NaN;
    } catch (IOException e) {
      return Double.NaN; // no isotope table: the definition says the mass cannot be computed
    }
  }
}
