package org.opioidregistry.core.classdef;

import java.util.Arrays;
import org.opioidregistry.core.structure.ScreenGraph;

/**
 * Whether a small core (atoms by element, ring membership and least heavy degree; bonds any or
 * single) embeds in the heavy-atom graph of a {@link ScreenGraph}: {@link ScaffoldScreen}'s
 * ring-aware cores, decided by backtracking over primitive arrays instead of CDK's matcher on an
 * atom container. An embedding is injective and maps every core bond to a bond (of order 1 in the
 * graph's own bond orders where the core asks for a single bond); ring membership is CDK's (the
 * atom lies on a cycle), which hydrogen atoms never do; the degree counts heavy neighbours.
 *
 * <p>A search that takes more than {@link #STEP_LIMIT} steps answers "matches", as the SMARTS
 * match's time limit did: undecided cases go on to the scaffold decompositions.
 *
 * <p>Immutable and thread-safe.
 */
final class CoreMatcher {

  /** Ring membership a core atom asks for. */
  enum Ring {
    ANY,
    RING,
    CHAIN
  }

  /** What a core bond asks of the graph's bond. */
  enum Bond {
    ANY,
    /** Order 1 in the graph's bond orders (its Kekulé form; aromaticity is not read). */
    SINGLE
  }

  static final long STEP_LIMIT = 2_000_000;

  /** The core's atoms in search order; atom i > 0 bonds to parentOf[i] < i. */
  private final int[] element;

  private final Ring[] ring;
  private final int[] minDegree;
  private final int[] parentOf;

  /** Whether the bond from atom i to its parent must be single. */
  private final boolean[] parentSingle;

  /** Further bonds closing rings: closeFrom[k] (later in the order) to closeTo[k]. */
  private final int[] closeFrom;

  private final int[] closeTo;
  private final boolean[] closeSingle;

  private CoreMatcher(
      int[] element,
      Ring[] ring,
      int[] minDegree,
      int[] parentOf,
      boolean[] parentSingle,
      int[] closeFrom,
      int[] closeTo,
      boolean[] closeSingle) {
    this.element = element;
    this.ring = ring;
    this.minDegree = minDegree;
    this.parentOf = parentOf;
    this.parentSingle = parentSingle;
    this.closeFrom = closeFrom;
    this.closeTo = closeTo;
    this.closeSingle = closeSingle;
  }

  /**
   * A core from its atoms and bonds, searched from atom {@code start}.
   *
   * @param elements atomic number of each core atom
   * @param rings ring membership of each core atom
   * @param minDegrees the least number of heavy neighbours of each core atom's image
   * @param bonds pairs of core atom indices
   * @param bondKinds what each bond of {@code bonds} asks of the graph's bond
   * @param start the atom the search starts from (the rarest)
   */
  static CoreMatcher of(
      int[] elements, Ring[] rings, int[] minDegrees, int[][] bonds, Bond[] bondKinds, int start) {
    int n = elements.length;
    int[] order = new int[n];
    int[] position = new int[n];
    Arrays.fill(position, -1);
    int[] parent = new int[n];
    order[0] = start;
    position[start] = 0;
    parent[0] = -1;
    int size = 1;
    boolean[] treeBond = new boolean[bonds.length];
    for (int head = 0; head < size; head++) {
      int u = order[head];
      for (int b = 0; b < bonds.length; b++) {
        int v = bonds[b][0] == u ? bonds[b][1] : bonds[b][1] == u ? bonds[b][0] : -1;
        if (v >= 0 && position[v] < 0) {
          position[v] = size;
          order[size] = v;
          parent[size++] = head;
          treeBond[b] = true;
        }
      }
    }
    if (size != n) {
      throw new IllegalArgumentException("the core is not connected");
    }
    int closures = 0;
    for (boolean t : treeBond) {
      closures += t ? 0 : 1;
    }
    int[] from = new int[closures];
    int[] to = new int[closures];
    boolean[] closeSingle = new boolean[closures];
    boolean[] parentSingle = new boolean[n];
    for (int b = 0, c = 0; b < bonds.length; b++) {
      int p = position[bonds[b][0]];
      int q = position[bonds[b][1]];
      boolean single = bondKinds[b] == Bond.SINGLE;
      if (treeBond[b]) {
        parentSingle[Math.max(p, q)] = single;
      } else {
        from[c] = Math.max(p, q);
        to[c] = Math.min(p, q);
        closeSingle[c++] = single;
      }
    }
    int[] e = new int[n];
    Ring[] r = new Ring[n];
    int[] d = new int[n];
    for (int i = 0; i < n; i++) {
      e[i] = elements[order[i]];
      r[i] = rings[order[i]];
      d[i] = minDegrees[order[i]];
    }
    return new CoreMatcher(e, r, d, parent, parentSingle, from, to, closeSingle);
  }

  /**
   * Whether the core embeds in the molecule.
   *
   * @param g the molecule
   * @return true if an embedding exists, or if the search ran out of steps
   */
  boolean matches(ScreenGraph g) {
    int[] mapped = new int[element.length];
    long[] steps = {0};
    for (int a = 0, n = g.atomCount(); a < n; a++) {
      if (fits(g, 0, a)) {
        mapped[0] = a;
        int result = extend(g, mapped, 1, steps);
        if (result != 0) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean fits(ScreenGraph g, int i, int atom) {
    if (g.element(atom) != element[i] || g.degree(atom) < minDegree[i]) {
      return false;
    }
    return switch (ring[i]) {
      case ANY -> true;
      case RING -> g.inRing(atom);
      case CHAIN -> !g.inRing(atom);
    };
  }

  /** 1 when matched (or out of steps), 0 when not. */
  private int extend(ScreenGraph g, int[] mapped, int i, long[] steps) {
    if (i == element.length) {
      return 1;
    }
    if (++steps[0] > STEP_LIMIT) {
      return 1;
    }
    int from = mapped[parentOf[i]];
    for (int k = 0, d = g.degree(from); k < d; k++) {
      int candidate = g.neighbour(from, k);
      if ((parentSingle[i] && g.bondOrder(g.neighbourBond(from, k)) != 1)
          || !fits(g, i, candidate)
          || used(mapped, i, candidate)
          || !closes(g, mapped, i, candidate)) {
        continue;
      }
      mapped[i] = candidate;
      if (extend(g, mapped, i + 1, steps) != 0) {
        return 1;
      }
    }
    return 0;
  }

  private static boolean used(int[] mapped, int i, int atom) {
    for (int j = 0; j < i; j++) {
      if (mapped[j] == atom) {
        return true;
      }
    }
    return false;
  }

  private boolean closes(ScreenGraph g, int[] mapped, int i, int atom) {
    for (int c = 0; c < closeFrom.length; c++) {
      if (closeFrom[c] != i) {
        continue;
      }
      int bond = g.bondBetween(atom, mapped[closeTo[c]]);
      if (bond < 0 || (closeSingle[c] && g.bondOrder(bond) != 1)) {
        return false;
      }
    }
    return true;
  }
}
