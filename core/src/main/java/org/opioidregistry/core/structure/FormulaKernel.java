package org.opioidregistry.core.structure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import org.openscience.cdk.config.Elements;
import org.openscience.cdk.config.Isotopes;

/**
 * The Hill formula and monoisotopic mass of a {@link ScreenGraph}, equal (string for string, bit
 * for bit) to {@link CdkSupport#hillFormula} and {@link CdkSupport#monoisotopicMass} of the graph
 * it was read from, for the common case: elements 2 to 54 with implicit hydrogens only, no isotope
 * labels, no Sgroups. Any other molecule gets {@code null} / NaN and the caller asks CDK.
 *
 * <p>Why the values are equal. CDK's formula adds one isotope per atom (no mass number or exact
 * mass here, so one entry per element) and one for the implicit hydrogens, with the net charge; its
 * Hill string lists C, then H, then the other elements alphabetically (all alphabetically without
 * carbon), each with its count unless 1, in brackets with the charge when the net charge is not 0.
 * The mass is {@link CdkSupport#monoisotopicMass}'s sum, one term {@code count * major isotope
 * mass} per element, added in the order of its keys ({@code symbol/0/count}, i.e. by symbol): the
 * same terms, in the same order, from the same isotope table.
 *
 * <p>Stateless and thread-safe.
 */
final class FormulaKernel {

  static final int MAX_ELEMENT = 54;

  private static final String[] SYMBOL = new String[MAX_ELEMENT + 1];
  private static final double[] MAJOR_MASS = new double[MAX_ELEMENT + 1];

  /** Elements 1..54 in symbol order (String order: "C" before "Cl"). */
  private static final int[] BY_SYMBOL;

  static {
    Isotopes isotopes;
    try {
      isotopes = Isotopes.getInstance();
    } catch (IOException e) {
      throw new UncheckedIOException("CDK's isotope table is missing from the class path", e);
    }
    Integer[] order = new Integer[MAX_ELEMENT];
    for (int z = 1; z <= MAX_ELEMENT; z++) {
      SYMBOL[z] = Elements.ofNumber(z).symbol();
      MAJOR_MASS[z] = isotopes.getMajorIsotopeMass(z);
      order[z - 1] = z;
    }
    Arrays.sort(order, Comparator.comparing(z -> SYMBOL[z]));
    BY_SYMBOL = Arrays.stream(order).mapToInt(Integer::intValue).toArray();
  }

  private FormulaKernel() {}

  /** Whether the graph is in the common case this kernel computes. */
  static boolean applies(ScreenGraph g) {
    if (g.hasIsotopes() || g.hasSgroups() || g.maxElement() > MAX_ELEMENT) {
      return false;
    }
    for (int a = 0, n = g.atomCount(); a < n; a++) {
      if (g.element(a) < 2) {
        return false; // explicit hydrogen atoms, or an atom without an element
      }
    }
    return true;
  }

  /** Element counts, hydrogens (implicit) at index 1; null unless {@link #applies}. */
  private static int[] counts(ScreenGraph g) {
    int[] counts = new int[MAX_ELEMENT + 1];
    for (int a = 0, n = g.atomCount(); a < n; a++) {
      counts[g.element(a)]++;
      counts[1] += g.implicitHydrogens(a);
    }
    return counts;
  }

  /**
   * The Hill formula as {@link CdkSupport#hillFormula} writes it, or null outside the common case.
   */
  static String hillFormula(ScreenGraph g) {
    if (!applies(g)) {
      return null;
    }
    int[] counts = counts(g);
    int charge = 0;
    for (int a = 0, n = g.atomCount(); a < n; a++) {
      charge += g.charge(a);
    }
    StringBuilder out = new StringBuilder(24);
    if (charge != 0) {
      out.append('[');
    }
    if (counts[6] > 0) {
      append(out, 6, counts[6]);
      append(out, 1, counts[1]);
      for (int z : BY_SYMBOL) {
        if (z != 6 && z != 1) {
          append(out, z, counts[z]);
        }
      }
    } else {
      for (int z : BY_SYMBOL) {
        append(out, z, counts[z]);
      }
    }
    if (charge != 0) {
      out.append(']');
      if (Math.abs(charge) > 1) {
        out.append(Math.abs(charge));
      }
      out.append(charge > 0 ? '+' : '-');
    }
    return out.toString();
  }

  private static void append(StringBuilder out, int z, int count) {
    if (count > 0) {
      out.append(SYMBOL[z]);
      if (count != 1) {
        out.append(count);
      }
    }
  }

  /**
   * The monoisotopic mass as {@link CdkSupport#monoisotopicMass} sums it, or NaN outside the common
   * case.
   */
  static double monoisotopicMass(ScreenGraph g) {
    if (!applies(g)) {
      return Double.NaN;
    }
    int[] counts = counts(g);
    double mass = 0;
    for (int z : BY_SYMBOL) {
      if (counts[z] > 0) {
        mass += counts[z] * MAJOR_MASS[z];
      }
    }
    return mass;
  }
}
