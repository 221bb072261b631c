package org.opioidregistry.core.classdef;

/**
 * Conventional standard atomic weights (IUPAC 2021 abridged values) for the elements found in
 * drug-like molecules; used for molecular-mass limits in definitions. Stateless.
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
      default ->
          throw new IllegalArgumentException(
              "no standard weight table entry for Z=" + atomicNumber);
    };
  }
}
