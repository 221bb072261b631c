package org.opioidregistry.core.mass;

import java.util.Comparator;

/**
 * One kind of atom in a formula: an element at its natural composition ({@code massNumber == 0}),
 * or a stated isotope such as deuterium ({@code H}, 2) or carbon-13 ({@code C}, 13).
 *
 * <p>Immutable and thread-safe.
 *
 * @param symbol element symbol, e.g. "C", "Cl"
 * @param massNumber the isotope's mass number, or 0 for the element as found in nature
 */
record Isotope(String symbol, int massNumber) {

  /**
   * Hill order: carbon first, then hydrogen, then the other elements alphabetically; a labelled
   * isotope right after its element. Only valid when the formula contains carbon: without carbon,
   * Hill order is alphabetical throughout (see {@link #ALPHABETICAL}).
   */
  static final Comparator<Isotope> HILL_WITH_CARBON =
      Comparator.comparingInt((Isotope i) -> rank(i.symbol))
          .thenComparing(Isotope::symbol)
          .thenComparingInt(Isotope::massNumber);

  /** Alphabetical by symbol, then by mass number: Hill order for a formula without carbon. */
  static final Comparator<Isotope> ALPHABETICAL =
      Comparator.comparing(Isotope::symbol).thenComparingInt(Isotope::massNumber);

  private static int rank(String symbol) {
    return switch (symbol) {
      case "C" -> 0;
      case "H" -> 1;
      default -> 2;
    };
  }

  /** As written in a formula: the symbol, D or T for heavy hydrogen, or e.g. "[13C]". */
  String notation() {
    if (massNumber == 0) {
      return symbol;
    }
    if (symbol.equals("H") && massNumber == 2) {
      return "D";
    }
    if (symbol.equals("H") && massNumber == 3) {
      return "T";
    }
    return "[" + massNumber + symbol + "]";
  }
}
