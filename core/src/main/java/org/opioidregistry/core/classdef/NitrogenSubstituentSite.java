package org.opioidregistry.core.classdef;

import java.util.List;
import java.util.Optional;

/**
 * The group on the piperidine nitrogen (N1): fentanyl's phenethyl, read as a linker of chain atoms
 * from N1 to the first ring atom, and that ring.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name readable name of the whole group, e.g. "phenethyl", "benzyl"
 * @param phenethyl true if the group is exactly an unsubstituted 2-phenylethyl
 * @param linkerLength number of chain atoms between N1 and the ring (2 in fentanyl); 0 if no ring
 * @param linkerSaturatedCarbon whether every linker atom is an sp3 carbon joined by single bonds
 * @param linkerSubstituents groups on the linker atoms ("alpha" next to N1, "beta" next to the
 *     ring)
 * @param ring the first ring reached from N1, if any
 * @param closesRing true if the group is joined by a ring to another part of the scaffold
 * @param atoms the whole group's atom indices in the evaluated graph
 */
record NitrogenSubstituentSite(
    String name,
    boolean phenethyl,
    int linkerLength,
    boolean linkerSaturatedCarbon,
    List<Substituent> linkerSubstituents,
    Optional<RingSite> ring,
    boolean closesRing,
    List<Integer> atoms) {

  /**
   * Copies the list.
   *
   * @param name readable name
   * @param phenethyl exactly phenethyl
   * @param linkerLength chain atoms between N1 and the ring
   * @param linkerSaturatedCarbon linker is saturated carbon
   * @param linkerSubstituents groups on the linker
   * @param ring first ring reached
   * @param closesRing joined by a ring to another scaffold part
   * @param atoms the group's atoms
   */
  public NitrogenSubstituentSite {
    linkerSubstituents = List.copyOf(linkerSubstituents);
    atoms = List.copyOf(atoms);
  }
}
