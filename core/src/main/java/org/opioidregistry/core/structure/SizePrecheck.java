package org.opioidregistry.core.structure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts the atoms a text declares before any parser sees it, so that the atom limit holds before
 * the work starts: CDK's SMILES parser and ring perception recurse once per atom, and the native
 * InChI library builds whatever a formula layer asks for. The counts are upper bounds cheap to take
 * from the text itself (atom symbols in a SMILES, the formula layer of an InChI, the counts line of
 * a MOL block); the exact count, hydrogens included, is checked again after parsing.
 *
 * <p>Stateless and thread-safe.
 */
final class SizePrecheck {

  private static final Pattern V3000_COUNTS = Pattern.compile("M {2}V30 COUNTS +(\\d{1,9})");
  private static final Pattern FORMULA_PART = Pattern.compile("([A-Z][a-z]?)(\\d*)");

  private SizePrecheck() {}

  /**
   * @throws StructureParseException with {@link StructureParseException.Reason#TOO_MANY_ATOMS} when
   *     the text declares more atoms than the limits allow
   */
  static void check(String text, InputFormat format, ParseLimits limits) {
    long declared =
        switch (format) {
          case SMILES -> smilesAtoms(text);
          case INCHI -> inchiFormulaAtoms(text);
          case MOLFILE -> v3000Atoms(text);
        };
    if (declared > limits.maxAtoms()) {
      throw StructureParseException.of(
          format,
          StructureParseException.Reason.TOO_MANY_ATOMS,
          "the input declares at least "
              + declared
              + " atoms; the limit is "
              + limits.maxAtoms()
              + " (see ParseLimits)",
          text);
    }
  }

  /**
   * Atom symbols outside brackets (each letter that starts an organic-subset symbol or a {@code *})
   * plus one per bracket atom: never more than the atoms CDK will make of it, hydrogens aside.
   */
  static long smilesAtoms(String smiles) {
    long atoms = 0;
    boolean inBracket = false;
    for (int i = 0; i < smiles.length(); i++) {
      char c = smiles.charAt(i);
      if (Character.isWhitespace(c)) {
        break; // a title follows
      }
      if (inBracket) {
        inBracket = c != ']';
      } else if (c == '[') {
        inBracket = true;
        atoms++;
      } else if (c == '*' || "BCNOPSFIbcnops".indexOf(c) >= 0) {
        // "Cl" and "Br" count once: 'l' and 'r' are not in the set.
        atoms++;
      }
    }
    return atoms;
  }

  /**
   * Sum of the element counts in the formula layer, hydrogens included, multipliers such as {@code
   * 2C2H4O2} applied; 0 when the layer is absent or unreadable (the InChI library will say why).
   */
  static long inchiFormulaAtoms(String inchi) {
    int start = inchi.indexOf('/');
    if (start < 0) {
      return 0;
    }
    int end = inchi.indexOf('/', start + 1);
    String layer = inchi.substring(start + 1, end < 0 ? inchi.length() : end).strip();
    long total = 0;
    for (String component : layer.split("\\.")) {
      int digits = 0;
      while (digits < component.length() && Character.isDigit(component.charAt(digits))) {
        digits++;
      }
      long multiplier = digits == 0 ? 1 : parseBounded(component.substring(0, digits));
      long atoms = 0;
      Matcher part = FORMULA_PART.matcher(component.substring(digits));
      while (part.find()) {
        atoms += part.group(2).isEmpty() ? 1 : parseBounded(part.group(2));
      }
      total = saturatedAdd(total, saturatedMultiply(multiplier, atoms));
    }
    return total;
  }

  /** The atom count of a V3000 {@code COUNTS} line; 0 for V2000 (its layout check reads it). */
  static long v3000Atoms(String molBlock) {
    Matcher counts = V3000_COUNTS.matcher(molBlock);
    return counts.find() ? parseBounded(counts.group(1)) : 0;
  }

  /** A run of digits as a number, capped so that absurd counts cannot overflow. */
  private static long parseBounded(String digits) {
    return digits.length() > 12 ? Long.MAX_VALUE / 4 : Long.parseLong(digits);
  }

  private static long saturatedAdd(long a, long b) {
    long sum = a + b;
    return sum < 0 ? Long.MAX_VALUE : sum;
  }

  private static long saturatedMultiply(long a, long b) {
    return b != 0 && a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
  }
}
