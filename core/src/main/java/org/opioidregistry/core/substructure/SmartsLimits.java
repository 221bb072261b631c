package org.opioidregistry.core.substructure;

import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.isomorphism.matchers.Expr;
import org.openscience.cdk.isomorphism.matchers.QueryAtom;
import org.openscience.cdk.isomorphism.matchers.QueryAtomContainer;

/**
 * The complexity limits a SMARTS must meet before and after CDK parses it: CDK's parser recurses
 * once per operator and per nesting level (3,990 negations or 1,300 alternatives overflowed a
 * stack), stops silently at a NUL (so {@code C\0C} was the query {@code C}, matching everything),
 * and accepts ring closures that join an atom to itself, which its matcher then indexes out of
 * bounds. Stateless and thread-safe.
 */
final class SmartsLimits {

  /** Most logical operators ({@code ! & , ;}) in one bracket atom. */
  static final int MAX_OPERATORS_PER_ATOM = 100;

  /** Deepest nesting of branches and recursive SMARTS. */
  static final int MAX_NESTING = 64;

  private SmartsLimits() {}

  /**
   * @throws InvalidSmartsException naming the first character that breaks a limit
   */
  static void checkText(String smarts) {
    int depth = 0;
    int operators = 0;
    int bracket = 0;
    for (int i = 0; i < smarts.length(); i++) {
      char c = smarts.charAt(i);
      if (c <= ' ' || c > '~') {
        throw new InvalidSmartsException(
            smarts,
            i,
            String.format(
                java.util.Locale.ROOT,
                "character U+%04X: SMARTS is printable ASCII, without spaces or control characters",
                (int) c));
      }
      switch (c) {
        case '(' -> {
          if (++depth > MAX_NESTING) {
            throw new InvalidSmartsException(
                smarts, i, "nested deeper than " + MAX_NESTING + " branches or recursions");
          }
        }
        case ')' -> depth = Math.max(0, depth - 1);
        case '[' -> {
          bracket++;
          if (bracket == 1) {
            operators = 0;
          }
        }
        case ']' -> bracket = Math.max(0, bracket - 1);
        case '!', '&', ',', ';' -> {
          if (bracket > 0 && ++operators > MAX_OPERATORS_PER_ATOM) {
            throw new InvalidSmartsException(
                smarts,
                i,
                "more than " + MAX_OPERATORS_PER_ATOM + " logical operators in one atom");
          }
        }
        default -> {}
      }
    }
  }

  /**
   * Checks the parsed query: no bond may join an atom to itself or repeat another bond, and ring
   * counts ({@code R<n>}) may not be asked inside a recursive SMARTS, where CDK would count the
   * rings of the whole target again for every atom it compares, beyond any time limit.
   *
   * @throws InvalidSmartsException when the query breaks one of these rules
   */
  static void checkQuery(String smarts, QueryAtomContainer query) {
    for (IBond bond : query.bonds()) {
      IAtom begin = bond.getBegin();
      IAtom end = bond.getEnd();
      if (begin == null || end == null || begin.equals(end)) {
        throw new InvalidSmartsException(
            smarts, ringClosurePosition(smarts), "a ring bond joins an atom to itself");
      }
      if (query.getBond(begin, end) != bond) {
        throw new InvalidSmartsException(
            smarts, ringClosurePosition(smarts), "two bonds join the same pair of atoms");
      }
    }
    for (IAtom atom : query.atoms()) {
      if (atom instanceof QueryAtom q && q.getExpression() != null) {
        if (ringCountInsideRecursion(q.getExpression(), false)) {
          throw new InvalidSmartsException(
              smarts,
              Math.max(0, smarts.indexOf("$(")),
              "ring counts (R<n>) inside a recursive SMARTS $(...) are not supported; put the"
                  + " ring count on an atom of the main query");
        }
      }
    }
  }

  /** True when the expression asks for a ring count (R<n>) anywhere outside recursion. */
  static boolean usesRingCount(Expr expr) {
    if (expr == null) {
      return false;
    }
    return switch (expr.type()) {
      case RING_COUNT -> true;
      case AND, OR -> usesRingCount(expr.left()) || usesRingCount(expr.right());
      case NOT -> usesRingCount(expr.left());
      default -> false;
    };
  }

  private static boolean ringCountInsideRecursion(Expr expr, boolean inRecursion) {
    if (expr == null) {
      return false;
    }
    return switch (expr.type()) {
      case RING_COUNT -> inRecursion;
      case AND, OR ->
          ringCountInsideRecursion(expr.left(), inRecursion)
              || ringCountInsideRecursion(expr.right(), inRecursion);
      case NOT -> ringCountInsideRecursion(expr.left(), inRecursion);
      case RECURSIVE -> {
        for (IAtom atom : expr.subquery().atoms()) {
          if (atom instanceof QueryAtom q && ringCountInsideRecursion(q.getExpression(), true)) {
            yield true;
          }
        }
        yield false;
      }
      default -> false;
    };
  }

  /** Where the first ring-closure digit is, for the caret; 0 when there is none. */
  private static int ringClosurePosition(String smarts) {
    int bracket = 0;
    for (int i = 0; i < smarts.length(); i++) {
      char c = smarts.charAt(i);
      if (c == '[') {
        bracket++;
      } else if (c == ']') {
        bracket--;
      } else if (bracket == 0 && (Character.isDigit(c) || c == '%')) {
        int next = i + 1;
        if (next < smarts.length() && smarts.charAt(next) == c) {
          return i;
        }
      }
    }
    return 0;
  }
}
