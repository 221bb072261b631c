package org.opioidregistry.core.classdef;

import java.util.List;
import java.util.Optional;

/**
 * One reading of a molecule as a derivative of 2-(2-benzylbenzimidazol-1-yl)ethanamine, the parent
 * of the nitazene generic: the benzimidazole ring's substituents, the N1 side chain and its amine,
 * and the benzyl group at C2.
 *
 * <p>Immutable and thread-safe.
 *
 * @param benzimidazoleSubstituents groups on C4 to C7 of the benzimidazole (e.g. 5-nitro)
 * @param chainLength atoms between N1 and the amine nitrogen (2 in the parent); 0 if no amine
 * @param chainSaturatedCarbon whether the chain is sp3 carbons joined by single bonds, in no ring
 * @param chainSubstituents groups on the chain atoms
 * @param amineInRing whether the amine nitrogen is part of a ring (with no chain atom in it)
 * @param amineName readable name of the amine group, e.g. "diethylamino", "pyrrolidin-1-yl"
 * @param amineSubstituents groups on an acyclic amine nitrogen
 * @param benzylLinkerAtoms the atoms between C2 and the aryl ring, from C2 (the CH2 in the parent)
 * @param benzylLinkerSaturatedCarbon whether that linker is sp3 carbon
 * @param benzylLinkerElement atomic number of the linker atom when there is exactly one (6 in the
 *     parent; 7, 8 or 16 where a nitrogen, oxygen or sulphur atom replaces the benzylic carbon),
 *     else 0
 * @param benzylLinkerSubstituents groups on the benzyl linker
 * @param aryl the ring of the benzyl group, if any
 * @param molecularWeight average molecular mass of the molecule (the component read), in u
 */
record NitazeneParts(
    List<Substituent> benzimidazoleSubstituents,
    int chainLength,
    boolean chainSaturatedCarbon,
    List<Substituent> chainSubstituents,
    boolean amineInRing,
    String amineName,
    List<Integer> amineAtoms,
    List<Substituent> amineSubstituents,
    List<Integer> benzylLinkerAtoms,
    boolean benzylLinkerSaturatedCarbon,
    int benzylLinkerElement,
    List<Substituent> benzylLinkerSubstituents,
    Optional<RingSite> aryl,
    double molecularWeight) {

  /**
   * Copies the lists.
   *
   * @param benzimidazoleSubstituents benzimidazole groups
   * @param chainLength side-chain length
   * @param chainSaturatedCarbon side chain is saturated carbon
   * @param chainSubstituents side-chain groups
   * @param amineInRing amine nitrogen in a ring
   * @param amineName amine group name
   * @param amineSubstituents amine nitrogen groups
   * @param benzylLinkerAtoms benzyl linker atoms
   * @param benzylLinkerSaturatedCarbon benzyl linker is saturated carbon
   * @param benzylLinkerElement the one linker atom's atomic number, else 0
   * @param benzylLinkerSubstituents benzyl linker groups
   * @param aryl benzyl ring
   * @param molecularWeight molecular mass
   */
  public NitazeneParts {
    benzimidazoleSubstituents = List.copyOf(benzimidazoleSubstituents);
    chainSubstituents = List.copyOf(chainSubstituents);
    amineSubstituents = List.copyOf(amineSubstituents);
    benzylLinkerSubstituents = List.copyOf(benzylLinkerSubstituents);
    amineAtoms = List.copyOf(amineAtoms);
    benzylLinkerAtoms = List.copyOf(benzylLinkerAtoms);
  }

  /**
   * Returns the number of atoms between C2 and the aryl ring.
   *
   * @return 1 in the parent
   */
  int benzylLinkerLength() {
    return benzylLinkerAtoms.size();
  }
}
