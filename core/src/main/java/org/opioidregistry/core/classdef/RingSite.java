package org.opioidregistry.core.classdef;

import java.util.List;

/**
 * A ring attached to the scaffold: the aryl on the anilide nitrogen, or the ring at the end of the
 * piperidine N-substituent. Describes the ring that carries the attachment ("core ring") and the
 * ring system it belongs to.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name readable name of the whole group, e.g. "4-fluorophenyl", "thiophen-2-yl"
 * @param size atoms in the core ring
 * @param aromatic whether every core-ring atom is aromatic
 * @param hetero whether the core ring contains an atom other than carbon
 * @param benzene whether the core ring is a benzene ring (six aromatic carbons)
 * @param monocycle whether the ring system is the core ring alone (not fused, bridged or spiro)
 * @param fusedOnlyByAlkylenedioxy whether every extra ring is an O-(CH2)n-O bridge across adjacent
 *     core atoms (3,4-methylenedioxyphenyl)
 * @param substituents groups on the core ring, with locants counted from the attachment (1)
 * @param closesRing true if the group is joined by a ring to another part of the scaffold
 */
record RingSite(
    String name,
    int size,
    boolean aromatic,
    boolean hetero,
    boolean benzene,
    boolean monocycle,
    boolean fusedOnlyByAlkylenedioxy,
    List<Substituent> substituents,
    boolean closesRing,
    List<Integer> atoms) {

  /**
   * Copies the substituent list.
   *
   * @param name readable name
   * @param size core ring size
   * @param aromatic core ring aromatic
   * @param hetero core ring has a heteroatom
   * @param benzene core ring is benzene
   * @param monocycle ring system is a single ring
   * @param fusedOnlyByAlkylenedioxy extra rings are alkylenedioxy bridges only
   * @param substituents groups on the core ring
   * @param closesRing joined by a ring to another scaffold part
   * @param atoms the ring group's atom indices in the evaluated graph, substituents included
   */
  public RingSite {
    substituents = List.copyOf(substituents);
    atoms = List.copyOf(atoms);
  }

  /**
   * Returns whether this is an unsubstituted phenyl.
   *
   * @return true for plain phenyl
   */
  public boolean plainPhenyl() {
    return benzene && monocycle && substituents.isEmpty();
  }
}
