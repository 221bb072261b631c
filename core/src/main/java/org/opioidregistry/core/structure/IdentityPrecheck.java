package org.opioidregistry.core.structure;

import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;

/**
 * Decides, without InChI, whether a structure can share an InChIKey skeleton (first block) with any
 * of a set of registered structures: the exact-identity pre-check of a screen. Identical, salt,
 * stereoisomer and isotope-variant matches all need an equal first block, so a structure for which
 * {@link #mayMatch} is false has no identity match in the set, and needs no InChI to say so.
 *
 * <p>It never misses. Equal first blocks mean equal InChI formulas, and standard InChI keeps every
 * heavy atom (it may disconnect a metal, never drop it), so a structure with an element that no
 * registered structure has cannot match: it is rejected first. Otherwise {@link SkeletonHash} is
 * equal for every pair of structures with equal first blocks (its Javadoc gives the argument), and
 * a structure with an element for which that argument does not hold (a metal that InChI may
 * disconnect, which then some registered structure also has) always passes. It may pass structures
 * that do not match (hash collisions between different skeletons), which costs only an InChI.
 *
 * <pre>{@code
 * IdentityPrecheck precheck = IdentityPrecheck.of(registeredStructures);
 * if (precheck.mayMatch(prepared)) { ... prepared.structure() ... }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class IdentityPrecheck {

  private final long[] sortedHashes;
  private final long[] registeredElements;

  private IdentityPrecheck(long[] sortedHashes, long[] registeredElements) {
    this.sortedHashes = sortedHashes;
    this.registeredElements = registeredElements;
  }

  /**
   * A pre-check for the given registered structures.
   *
   * @param registered the structures a candidate may match
   * @return the pre-check
   */
  public static IdentityPrecheck of(Collection<Structure> registered) {
    long[] hashes = new long[registered.size()];
    long[] elements = new long[2];
    int i = 0;
    for (Structure s : registered) {
      var graph = Objects.requireNonNull(s, "structure").atomContainer();
      hashes[i++] = SkeletonHash.of(graph);
      long[] e = SkeletonHash.elements(graph);
      elements[0] |= e[0];
      elements[1] |= e[1];
    }
    Arrays.sort(hashes);
    return new IdentityPrecheck(hashes, elements);
  }

  /**
   * Whether the structure may share an InChIKey skeleton with a registered structure.
   *
   * @param candidate a prepared structure
   * @return false only if no registered structure can be identical to it, a salt or isomer of it,
   *     or an isotope variant of it
   */
  public boolean mayMatch(PreparedStructure candidate) {
    long[] e = candidate.elements();
    if ((e[0] & ~registeredElements[0]) != 0 || (e[1] & ~registeredElements[1]) != 0) {
      return false; // an element no registered structure has: no InChI formula can be equal
    }
    return candidate.hasUnusualElement()
        || Arrays.binarySearch(sortedHashes, candidate.skeletonHash()) >= 0;
  }

  /** The number of registered structures. */
  public int size() {
    return sortedHashes.length;
  }

  @Override
  public String toString() {
    return "IdentityPrecheck[" + sortedHashes.length + " structures]";
  }
}
