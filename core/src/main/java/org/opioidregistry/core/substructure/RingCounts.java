package org.opioidregistry.core.substructure;

import org.openscience.cdk.graph.ConnectivityChecker;
import org.openscience.cdk.graph.Cycles;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.isomorphism.matchers.Expr;

/**
 * The SMARTS ring count ({@code R<n>}: the number of rings of the minimum cycle basis an atom is
 * in), computed once per target. CDK's expression computes the whole minimum cycle basis again for
 * every atom it compares, inside one call that no deadline can interrupt: {@code [R3]} against a
 * 676-carbon polycycle ran 90 s under a 1 s limit. Here it is computed once, and only for targets
 * whose ring systems are small enough that one computation is quick; for larger ones the match
 * cannot be decided within a time bound and is reported as timed out.
 *
 * <p>Single-use per target, not thread-safe (it belongs to one {@link QueryMatcher}).
 */
final class RingCounts {

  /**
   * Most independent rings (bonds - atoms + components) a target may have for ring counts: every
   * drug-like molecule has fewer than 20, a fullerene C60 has 31; a 26 x 26 carbon grid, 625.
   */
  static final int MAX_CIRCUIT_RANK = 64;

  private final int[] counts;

  private RingCounts(int[] counts) {
    this.counts = counts;
  }

  /**
   * @throws SubstructureTimeoutException when the target has too many rings for the count to be
   *     computed within a time bound
   */
  static RingCounts of(IAtomContainer target, String query, java.time.Duration limit) {
    int rank =
        target.getBondCount()
            - target.getAtomCount()
            + ConnectivityChecker.partitionIntoMolecules(target).getAtomContainerCount();
    if (rank > MAX_CIRCUIT_RANK) {
      throw new SubstructureTimeoutException(
          query,
          limit,
          "a target has "
              + rank
              + " independent rings; ring counts (R<n>) are computed for at most "
              + MAX_CIRCUIT_RANK);
    }
    int[] counts = new int[target.getAtomCount()];
    for (int[] path : Cycles.mcb(target).paths()) {
      for (int i = 1; i < path.length; i++) { // a path repeats its first atom at the end
        counts[path[i]]++;
      }
    }
    return new RingCounts(counts);
  }

  /** Evaluates an atom expression, answering ring counts from this table. */
  boolean matches(Expr expr, IAtom atom) {
    return switch (expr.type()) {
      case AND -> matches(expr.left(), atom) && matches(expr.right(), atom);
      case OR -> matches(expr.left(), atom) || matches(expr.right(), atom);
      case NOT -> !matches(expr.left(), atom);
      case RING_COUNT -> atom.isInRing() && counts[atom.getIndex()] == expr.value();
      default -> expr.matches(atom);
    };
  }
}
