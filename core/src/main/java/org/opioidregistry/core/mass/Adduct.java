package org.opioidregistry.core.mass;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The common electrospray ions a mass spectrum shows of a neutral molecule M, and the arithmetic
 * between M's monoisotopic mass and the ion's m/z.
 *
 * <pre>{@code
 * Adduct.PROTONATED.mz(336.220164);      // 337.227440 ([M+H]+ of fentanyl)
 * Adduct.parse("[M+K]+").neutralMass(375.1833);
 * Adduct.DOUBLY_PROTONATED.mz(336.220164); // 169.117358 ([M+2H]2+)
 * }</pre>
 *
 * <p>An ion of {@code n} molecules M that gained and lost some atoms and carries charge {@code z}
 * has {@code m/z = (n·M + shift) / |z|}. Each shift is the exact mass of the atoms gained less
 * those lost, less {@code z} electron masses (a cation has lost electrons, an anion gained them).
 * Atom masses are CDK's isotope table, which agrees with the atomic masses of AME2020 (Wang et al.,
 * Chin. Phys. C 45 (2021) 030003, the values IUPAC uses) to 1e-9 u for the atoms here; the electron
 * mass is the CODATA 2018 value. The shifts agree, to 3e-6 Da, with the Fiehn laboratory's ESI
 * adduct table (after Huang et al., J. Am. Soc. Mass Spectrom. 10 (1999) 1166–1173); the shift of
 * [M+H]+ is the CODATA 2018 proton mass to 2e-8 (the hydrogen atom's binding energy).
 *
 * <p>Immutable and thread-safe.
 */
public enum Adduct {
  /** The radical cation M⁺ (electron ionisation, or ESI of a permanent cation). */
  M_PLUS("[M]+", 1, 1, "", ""),
  /** The protonated molecule, the usual ESI positive ion of an amine such as fentanyl. */
  PROTONATED("[M+H]+", 1, 1, "H", ""),
  /** The sodium adduct. */
  SODIUM("[M+Na]+", 1, 1, "Na", ""),
  /** The potassium adduct, common beside the sodium adduct in biological matrices. */
  POTASSIUM("[M+K]+", 1, 1, "K", ""),
  /** The ammonium adduct, common with ammonium-buffered mobile phases. */
  AMMONIUM("[M+NH4]+", 1, 1, "NH4", ""),
  /** The doubly protonated molecule, of compounds with two basic sites; m/z about M/2. */
  DOUBLY_PROTONATED("[M+2H]2+", 1, 2, "H2", ""),
  /** The protonated dimer, seen at high concentration. */
  PROTONATED_DIMER("[2M+H]+", 2, 1, "H", ""),
  /** The sodiated dimer. */
  SODIUM_DIMER("[2M+Na]+", 2, 1, "Na", ""),
  /** The deprotonated molecule, the usual ESI negative ion of an acid. */
  DEPROTONATED("[M-H]-", 1, -1, "", "H"),
  /** The chloride adduct, in negative mode with chlorinated solvents or chloride salts. */
  CHLORIDE("[M+Cl]-", 1, -1, "Cl", ""),
  /** The formate adduct ([M+FA-H]-), in negative mode with formic acid in the mobile phase. */
  FORMATE("[M+HCOO]-", 1, -1, "CHO2", "", "M+FA-H", "M+HCOOH-H", "M+HCO2"),
  /** The acetate adduct ([M+Hac-H]-), in negative mode with acetate buffers. */
  ACETATE("[M+CH3COO]-", 1, -1, "C2H3O2", "", "M+Hac-H", "M+CH3COOH-H", "M+CH3CO2", "M+OAc"),
  /** The deprotonated dimer. */
  DEPROTONATED_DIMER("[2M-H]-", 2, -1, "", "H");

  /** CODATA 2018 recommended value of the electron mass in u (unified atomic mass units). */
  public static final double ELECTRON_MASS = 0.000548579909065;

  private final String notation;
  private final int molecules;
  private final int charge;
  private final double shift;
  private final List<String> aliases;

  Adduct(String notation, int molecules, int charge, String gained, String lost, String... aka) {
    this.notation = notation;
    this.molecules = molecules;
    this.charge = charge;
    this.shift = massOf(gained) - massOf(lost) - charge * ELECTRON_MASS;
    this.aliases = List.of(aka);
  }

  private static double massOf(String formula) {
    return formula.isEmpty() ? 0 : MolecularFormula.parse(formula).monoisotopicMass();
  }

  /**
   * The adduct written in the usual notation. Brackets, the charge and spaces are optional ("M+H"
   * and "[M+H]+" are the same; "M+2H 2+" is "[M+2H]2+"), and the common aliases of the formate and
   * acetate adducts are understood ("[M+FA-H]-", "[M+Hac-H]-"). Element symbols keep their case.
   *
   * @throws IllegalArgumentException naming the supported adducts when the text is none of them
   */
  public static Adduct parse(String text) {
    Objects.requireNonNull(text, "text");
    String wanted = normalise(text);
    for (Adduct adduct : values()) {
      if (adduct.isWrittenAs(wanted)) {
        return adduct;
      }
    }
    throw new IllegalArgumentException(
        "unknown adduct '"
            + text.strip()
            + "'; supported: "
            + Arrays.stream(values()).map(Adduct::notation).collect(Collectors.joining(", ")));
  }

  private boolean isWrittenAs(String wanted) {
    String own = normalise(notation);
    String chargeText = notation.substring(notation.indexOf(']') + 1);
    String body = own.substring(0, own.length() - chargeText.length());
    if (wanted.equals(own) || (wanted.equals(body) && !body.equals("M"))) {
      // "M+H" for "[M+H]+"; but a bare "M" is no ion.
      return true;
    }
    for (String alias : aliases) {
      if (wanted.equals(alias) || wanted.equals(alias + chargeText)) {
        return true;
      }
    }
    return false;
  }

  private static String normalise(String text) {
    return text.replace("[", "")
        .replace("]", "")
        .replace("⁺", "+")
        .replace("⁻", "-")
        .replace("²", "2")
        .replaceAll("\\s+", "");
  }

  /** The usual notation, e.g. "[M+H]+". */
  public String notation() {
    return notation;
  }

  /** The ion's charge in elementary charges: +1, +2 or -1. */
  public int charge() {
    return charge;
  }

  /** How many molecules M the ion holds: 1, or 2 for a dimer such as [2M+H]+. */
  public int molecules() {
    return molecules;
  }

  /**
   * What the ion weighs more than its {@link #molecules()} molecules M, in daltons (negative when
   * it weighs less): the atoms gained less the atoms lost and the electrons.
   */
  public double massShift() {
    return shift;
  }

  /** The m/z of this ion of a neutral molecule of the given monoisotopic mass. */
  public double mz(double neutralMass) {
    return (molecules * neutralMass + shift) / Math.abs(charge);
  }

  /** The monoisotopic mass of the neutral molecule whose ion of this kind has the given m/z. */
  public double neutralMass(double mz) {
    return (mz * Math.abs(charge) - shift) / molecules;
  }

  /** The notation, e.g. "[M+H]+". */
  @Override
  public String toString() {
    return notation;
  }
}
