package org.opioidregistry.core.mass;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The common singly charged electrospray ions a mass spectrum shows of a neutral molecule M, and
 * the arithmetic between M's monoisotopic mass and the ion's m/z.
 *
 * <pre>{@code
 * Adduct.PROTONATED.mz(336.220164);      // 337.227440 ([M+H]+ of fentanyl)
 * Adduct.parse("[M+H]+").neutralMass(337.2274);
 * }</pre>
 *
 * <p>Each shift is the exact mass of the atoms gained or lost (CDK's isotope table) less the mass
 * of the electrons the charge takes away or brings: a cation has lost one electron, an anion gained
 * one. With the CODATA 2018 electron mass (0.000548579909 u) this agrees, to 3e-6 Da, with the
 * Fiehn laboratory's ESI adduct table (after Huang et al., J. Am. Soc. Mass Spectrom. 10 (1999)
 * 1166): [M+H]+ +1.007276, [M+NH4]+ +18.033823, [M+Na]+ +22.989218, [M-H]- -1.007276; the shift of
 * [M+H]+ is the CODATA 2018 proton mass, 1.007276467 u, to 2e-8 (the hydrogen atom's binding
 * energy).
 *
 * <p>Immutable and thread-safe.
 */
public enum Adduct {
  /** The radical cation M⁺ (electron ionisation, or ESI of a permanent cation). */
  M_PLUS("[M]+", 1, "", ""),
  /** The protonated molecule, the usual ESI positive ion of an amine such as fentanyl. */
  PROTONATED("[M+H]+", 1, "H", ""),
  /** The sodium adduct. */
  SODIUM("[M+Na]+", 1, "Na", ""),
  /** The ammonium adduct, common with ammonium-buffered mobile phases. */
  AMMONIUM("[M+NH4]+", 1, "NH4", ""),
  /** The deprotonated molecule, the usual ESI negative ion of an acid. */
  DEPROTONATED("[M-H]-", -1, "", "H");

  /** CODATA 2018 recommended value of the electron mass in u (unified atomic mass units). */
  public static final double ELECTRON_MASS = 0.000548579909065;

  private final String notation;
  private final int charge;
  private final double shift;

  Adduct(String notation, int charge, String gained, String lost) {
    this.notation = notation;
    this.charge = charge;
    this.shift = massOf(gained) - massOf(lost) - charge * ELECTRON_MASS;
  }

  private static double massOf(String formula) {
    return formula.isEmpty() ? 0 : MolecularFormula.parse(formula).monoisotopicMass();
  }

  /**
   * The adduct written in the usual notation; brackets are optional and "M+H" means the same as
   * "[M+H]+".
   *
   * @throws IllegalArgumentException naming the supported adducts when the text is none of them
   */
  public static Adduct parse(String text) {
    Objects.requireNonNull(text, "text");
    String wanted = normalise(text);
    for (Adduct adduct : values()) {
      String own = normalise(adduct.notation);
      // "M+H" for "[M+H]+"; but a bare "M" is no ion.
      boolean chargeLeftOut =
          wanted.length() > 1 && own.substring(0, own.length() - 1).equals(wanted);
      if (own.equals(wanted) || chargeLeftOut) {
        return adduct;
      }
    }
    throw new IllegalArgumentException(
        "unknown adduct '"
            + text.strip()
            + "'; supported: "
            + Arrays.stream(values()).map(Adduct::notation).collect(Collectors.joining(", ")));
  }

  private static String normalise(String text) {
    return text.strip().replace("[", "").replace("]", "").replace("⁺", "+").replace("⁻", "-");
  }

  /** The usual notation, e.g. "[M+H]+". */
  public String notation() {
    return notation;
  }

  /** The ion's charge in elementary charges: +1 or -1. */
  public int charge() {
    return charge;
  }

  /** What the ion weighs more than M, in daltons (negative when it weighs less). */
  public double massShift() {
    return shift;
  }

  /** The m/z of this ion of a neutral molecule of the given monoisotopic mass. */
  public double mz(double neutralMass) {
    return (neutralMass + shift) / Math.abs(charge);
  }

  /** The monoisotopic mass of the neutral molecule whose ion of this kind has the given m/z. */
  public double neutralMass(double mz) {
    return mz * Math.abs(charge) - shift;
  }

  /** The notation, e.g. "[M+H]+". */
  @Override
  public String toString() {
    return notation;
  }
}
