package org.opioidregistry.core.mass;

import com.google.common.collect.ImmutableSortedMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.openscience.cdk.config.Elements;
import org.openscience.cdk.config.IsotopeFactory;
import org.openscience.cdk.config.Isotopes;
import org.openscience.cdk.interfaces.IIsotope;

/**
 * A molecular formula as a chemist types it in a query: element symbols with counts, in Hill order
 * or any other ("C22H28N2O", "H28C22N2O", "CH3CH2OH"). Deuterium and tritium may be written D and
 * T, other isotopes in brackets ("[13C]6"), as {@code Structure.formula()} writes them, so that a
 * formula read back from a structure parses too.
 *
 * <pre>{@code
 * MolecularFormula fentanyl = MolecularFormula.parse("C22H28N2O");
 * fentanyl.hill();              // "C22H28N2O"
 * fentanyl.monoisotopicMass();  // 336.22016...
 * fentanyl.matches(structure.formula());
 * }</pre>
 *
 * <p>Two formulas are equal when they hold the same atoms, whatever order they were written in.
 * Charges, parentheses, hydrates ("·H2O") and counts of zero are refused: a query is a neutral
 * formula written out.
 *
 * <p>Immutable and thread-safe.
 */
public final class MolecularFormula {

  /** Longer text is refused before parsing. */
  static final int MAX_LENGTH = 200;

  /** A larger count is surely a typing error, and would make the mass meaningless. */
  static final int MAX_COUNT = 100_000;

  private final ImmutableSortedMap<Isotope, Integer> atoms;
  private final String hill;
  private final double monoisotopicMass;

  private MolecularFormula(Map<Isotope, Integer> counts) {
    boolean hasCarbon = counts.keySet().stream().anyMatch(i -> i.symbol().equals("C"));
    this.atoms =
        ImmutableSortedMap.copyOf(
            counts, hasCarbon ? Isotope.HILL_WITH_CARBON : Isotope.ALPHABETICAL);
    StringBuilder text = new StringBuilder();
    atoms.forEach(
        (isotope, count) -> {
          text.append(isotope.notation());
          if (count > 1) {
            text.append(count);
          }
        });
    this.hill = text.toString();
    this.monoisotopicMass = computeMass(atoms);
  }

  /**
   * Parses a formula.
   *
   * @param text e.g. "C22H28N2O"; surrounding whitespace is ignored
   * @return the formula
   * @throws IllegalArgumentException when the text is not a formula; the message quotes it and
   *     names the one-based position of the first character that is wrong
   */
  public static MolecularFormula parse(String text) {
    Objects.requireNonNull(text, "text");
    String formula = text.strip();
    if (formula.isEmpty()) {
      throw new IllegalArgumentException("not a molecular formula: the text is empty");
    }
    if (formula.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          "not a molecular formula: "
              + formula.length()
              + " characters; the limit is "
              + MAX_LENGTH);
    }
    return new MolecularFormula(new Reader(formula).read());
  }

  /**
   * Parses a formula, or returns empty when the text is not one. For detecting what a query is; use
   * {@link #parse} to tell the user what is wrong.
   */
  public static Optional<MolecularFormula> tryParse(String text) {
    try {
      return Optional.of(parse(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The formula in Hill order, e.g. "C22H28N2O": the form {@code Structure.formula()} uses. */
  public String hill() {
    return hill;
  }

  /**
   * Monoisotopic mass in daltons: the sum of the exact masses of the most abundant isotope of each
   * element (or of the stated isotope), from CDK's isotope table.
   */
  public double monoisotopicMass() {
    return monoisotopicMass;
  }

  /** Number of distinct elements, counting a labelled isotope with its element. */
  public int elementCount() {
    return (int) atoms.keySet().stream().map(Isotope::symbol).distinct().count();
  }

  /** Total number of atoms. */
  public int atomCount() {
    return atoms.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** How many atoms of an element the formula has, all isotopes together; 0 when none. */
  public int count(String symbol) {
    return atoms.entrySet().stream()
        .filter(e -> e.getKey().symbol().equals(symbol))
        .mapToInt(Map.Entry::getValue)
        .sum();
  }

  /**
   * True when another formula, e.g. a structure's, has the same atoms. A text that is not a formula
   * matches nothing.
   */
  public boolean matches(String otherFormula) {
    return tryParse(otherFormula).map(this::equals).orElse(false);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MolecularFormula that && hill.equals(that.hill);
  }

  @Override
  public int hashCode() {
    return hill.hashCode();
  }

  /** The Hill formula. */
  @Override
  public String toString() {
    return hill;
  }

  private static double computeMass(Map<Isotope, Integer> atoms) {
    IsotopeFactory table = isotopeTable();
    double mass = 0;
    for (Map.Entry<Isotope, Integer> entry : atoms.entrySet()) {
      mass += entry.getValue() * massOf(table, entry.getKey());
    }
    return mass;
  }

  private static double massOf(IsotopeFactory table, Isotope isotope) {
    IIsotope found =
        isotope.massNumber() == 0
            ? table.getMajorIsotope(isotope.symbol())
            : table.getIsotope(isotope.symbol(), isotope.massNumber());
    if (found == null || found.getExactMass() == null) {
      // The reader checked both already; this guards against a gap in CDK's table.
      throw new IllegalArgumentException("no exact mass known for " + isotope.notation());
    }
    return found.getExactMass();
  }

  static IsotopeFactory isotopeTable() {
    try {
      return Isotopes.getInstance();
    } catch (IOException e) {
      throw new UncheckedIOException("CDK's isotope table could not be read", e);
    }
  }

  /** A one-pass reader over the text; it keeps the position for error messages. */
  private static final class Reader {
    private final String text;
    private final Map<Isotope, Integer> counts = new TreeMap<>(Isotope.ALPHABETICAL);
    private int pos;

    Reader(String text) {
      this.text = text;
    }

    Map<Isotope, Integer> read() {
      while (pos < text.length()) {
        int start = pos;
        Isotope isotope = text.charAt(pos) == '[' ? readBracketIsotope() : readSymbol();
        int count = readCount();
        counts.merge(isotope, count, (a, b) -> checkedSum(a, b, start));
      }
      return counts;
    }

    private Isotope readSymbol() {
      char c = text.charAt(pos);
      if (c < 'A' || c > 'Z') {
        throw error(pos, describe(c) + " where an element symbol (capital letter) should be");
      }
      int start = pos;
      if (pos + 1 < text.length() && Character.isLowerCase(text.charAt(pos + 1))) {
        String two = text.substring(pos, pos + 2);
        if (isElement(two)) {
          pos += 2;
          return new Isotope(two, 0);
        }
        throw error(start, "'" + two + "' is not an element");
      }
      pos++;
      String one = String.valueOf(c);
      if (one.equals("D")) {
        return new Isotope("H", 2);
      }
      if (one.equals("T")) {
        return new Isotope("H", 3);
      }
      if (!isElement(one)) {
        throw error(start, "'" + one + "' is not an element");
      }
      return new Isotope(one, 0);
    }

    /** "[13C]": a mass number, then a symbol, then the closing bracket. */
    private Isotope readBracketIsotope() {
      int open = pos++;
      int digits = pos;
      while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
        pos++;
      }
      if (pos == digits) {
        throw error(pos, "an isotope in brackets starts with its mass number, e.g. [13C]");
      }
      int massNumber = parseNumber(digits, pos);
      if (pos >= text.length()) {
        throw error(open, "unclosed '['");
      }
      Isotope element = readSymbol();
      if (element.massNumber() != 0) {
        throw error(pos - 1, "write deuterium and tritium as D and T, or as [2H] and [3H]");
      }
      if (pos >= text.length() || text.charAt(pos) != ']') {
        throw error(pos, "expected ']' to close the isotope opened at position " + (open + 1));
      }
      pos++;
      Isotope isotope = new Isotope(element.symbol(), massNumber);
      if (isotopeTable().getIsotope(isotope.symbol(), massNumber) == null) {
        throw error(open, "no isotope " + massNumber + isotope.symbol() + " is known");
      }
      return isotope;
    }

    private int readCount() {
      int start = pos;
      while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
        pos++;
      }
      if (start == pos) {
        return 1;
      }
      int count = parseNumber(start, pos);
      if (count == 0) {
        throw error(start, "a count of 0");
      }
      return count;
    }

    private int parseNumber(int from, int to) {
      if (to - from > 6) {
        throw error(from, "a count above " + MAX_COUNT);
      }
      int value = Integer.parseInt(text.substring(from, to));
      if (value > MAX_COUNT) {
        throw error(from, "a count above " + MAX_COUNT);
      }
      return value;
    }

    private int checkedSum(int a, int b, int position) {
      if (a + b > MAX_COUNT) {
        throw error(position, "a count above " + MAX_COUNT);
      }
      return a + b;
    }

    private static boolean isElement(String symbol) {
      Elements element = Elements.ofString(symbol);
      // ofString is lenient about case; formulas are not ("CO" is not cobalt).
      return element != Elements.Unknown && element.symbol().equals(symbol) && element.number() > 0;
    }

    private static String describe(char c) {
      if (Character.isWhitespace(c)) {
        return "a space";
      }
      if (Character.isDigit(c)) {
        return "a count '" + c + "' with no element before it";
      }
      return "'" + c + "'";
    }

    private IllegalArgumentException error(int position, String what) {
      return new IllegalArgumentException(
          "not a molecular formula: '" + text + "' at position " + (position + 1) + ": " + what);
    }
  }
}
