package org.opioidregistry.core.mass;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A molecular formula written with its salt or solvate, as labels and certificates write them:
 * "C22H28N2O.HCl" (fentanyl hydrochloride), "C22H28N2O·C6H8O7" (fentanyl citrate),
 * "C17H19NO3·HCl·3H2O" (morphine hydrochloride trihydrate). The parent is the part with the most
 * carbon atoms: the organic base or acid that a registry identifies, as structure standardisation
 * keeps the largest organic fragment; the other parts (acids, bases, water) are kept as written.
 *
 * <pre>{@code
 * SaltFormula salt = SaltFormula.parse("C22H28N2O.HCl");
 * salt.parent().hill();  // "C22H28N2O"
 * salt.others();         // ["HCl"]
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param parent the part with the most carbon atoms
 * @param others the other parts, as written (with their counts, e.g. "3H2O"), in order
 */
public record SaltFormula(MolecularFormula parent, List<String> others) {

  /** Dot, middle dot or bullet between the parts, as formulas of salts are written. */
  private static final Pattern SEPARATOR = Pattern.compile("\\s*[.·•∙]\\s*");

  /** An optional count before a part: "3H2O". */
  private static final Pattern COUNTED = Pattern.compile("(\\d{1,3})?\\s*(\\S+)");

  /** Checks for nulls and that there is something beside the parent. */
  public SaltFormula {
    Objects.requireNonNull(parent, "parent");
    others = List.copyOf(others);
    if (others.isEmpty()) {
      throw new IllegalArgumentException("a salt formula has a part beside its parent");
    }
  }

  /**
   * True when the text has two or more parts separated by a dot (or a middle dot) and every part
   * reads as a formula, whether or not a parent can be told: for query detection.
   */
  public static boolean looksLikeOne(String text) {
    List<String> parts = parts(text);
    return parts.size() >= 2 && parts.stream().allMatch(p -> formulaOf(p).isPresent());
  }

  /**
   * Parses a formula with salt parts.
   *
   * @throws IllegalArgumentException when the text has no dot-separated parts, a part is no formula
   *     (the message quotes it), or two parts have the most carbon atoms (no parent)
   */
  public static SaltFormula parse(String text) {
    Objects.requireNonNull(text, "text");
    if (text.strip().length() > MolecularFormula.MAX_LENGTH) {
      throw new IllegalArgumentException(
          "not a molecular formula: "
              + text.strip().length()
              + " characters; the limit is "
              + MolecularFormula.MAX_LENGTH);
    }
    List<String> parts = parts(text);
    if (parts.size() < 2) {
      throw new IllegalArgumentException(
          "'" + text.strip() + "' is not a formula with a salt: no '.' between parts");
    }
    List<MolecularFormula> formulas = new ArrayList<>();
    for (String part : parts) {
      formulas.add(
          formulaOf(part)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "'" + part + "' in '" + text.strip() + "' is not a molecular formula")));
    }
    int parent = 0;
    boolean tie = false;
    for (int i = 1; i < formulas.size(); i++) {
      int carbons = formulas.get(i).count("C");
      int best = formulas.get(parent).count("C");
      if (carbons > best) {
        parent = i;
        tie = false;
      } else if (carbons == best) {
        tie = true;
      }
    }
    if (tie) {
      throw new IllegalArgumentException(
          "cannot tell the parent of '"
              + text.strip()
              + "': two parts have "
              + formulas.get(parent).count("C")
              + " carbon atoms; give the parent's formula alone");
    }
    List<String> others = new ArrayList<>(parts);
    others.remove(parent);
    return new SaltFormula(formulas.get(parent), others);
  }

  private static List<String> parts(String text) {
    return List.of(SEPARATOR.split(text.strip(), -1));
  }

  /** A part's formula, its leading count left aside. */
  private static Optional<MolecularFormula> formulaOf(String part) {
    Matcher m = COUNTED.matcher(part);
    return m.matches() ? MolecularFormula.tryParse(m.group(2)) : Optional.empty();
  }

  /** The parent's formula and the others, e.g. "C22H28N2O . HCl". */
  @Override
  public String toString() {
    return parent.hill() + " . " + String.join(" . ", others);
  }
}
