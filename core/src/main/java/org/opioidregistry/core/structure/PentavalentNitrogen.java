package org.opioidregistry.core.structure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.openscience.cdk.graph.Cycles;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.interfaces.IElement;

/**
 * Pentavalent nitrogen in the sense of the 1961 Convention's Schedule I entry "morphine
 * methobromide and other pentavalent nitrogen morphine derivatives": an amine nitrogen with four
 * single bonds to heavy atoms and a positive charge, that is a quaternary ammonium nitrogen
 * (N-methylmorphinium) or the nitrogen of an amine N-oxide (morphine-N-oxide, drawn
 * charge-separated as standardisation leaves it). A nitro group (a double bond), an aromatic
 * N-oxide (three neighbours) and a protonated amine (a hydrogen; standardisation neutralises it
 * anyway) are not pentavalent in this sense.
 *
 * <p>The tertiary amine such a nitrogen derives from is found by taking off one group: the oxide
 * oxygen of an N-oxide, or, of a quaternary nitrogen, one substituent that is not part of a ring
 * through the nitrogen, with everything attached to it. Morphine methobromide's parent cation and
 * morphine-N-oxide both give morphine.
 *
 * <pre>{@code
 * Structure q = StructureParser.parse("C[N+]1(C)CC[C@@]23[C@H]4C=C[C@@H]([C@@H]2Oc5c(ccc(C[C@H]41)c53)O)O.[I-]");
 * PentavalentNitrogen.isPresent(q.atomContainer());       // true
 * PentavalentNitrogen.tertiaryParents(q);                  // [morphine]
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class PentavalentNitrogen {

  /** A structure with more groups to take off than this is not taken apart (bounds the work). */
  static final int MAX_SITES = 16;

  private PentavalentNitrogen() {}

  /**
   * Whether the graph has a pentavalent nitrogen. Reads the graph only; cheap enough for a screen.
   *
   * @param graph a standardised parent (charges and implicit hydrogen counts set)
   * @return true if some nitrogen is quaternary or an amine N-oxide nitrogen
   */
  public static boolean isPresent(IAtomContainer graph) {
    Objects.requireNonNull(graph, "graph");
    for (IAtom atom : graph.atoms()) {
      if (isPentavalent(graph, atom)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The tertiary amines the structure's pentavalent nitrogens derive from: for each such nitrogen,
   * the structure without its oxide oxygen, or without one of its groups outside a ring through it,
   * the nitrogen neutral. Distinct structures only (by InChIKey), in the order found; empty when
   * the structure has no pentavalent nitrogen or more than 16 groups to take off.
   *
   * @param structure a standardised structure
   * @return the tertiary parents
   * @throws StructureParseException when a parent cannot be keyed (not expected for organic input)
   */
  public static List<Structure> tertiaryParents(Structure structure) {
    return tertiaryParents(structure, graph -> true);
  }

  /**
   * The tertiary parents, as {@link #tertiaryParents(Structure)}, of which only those whose graph
   * {@code worthKeying} accepts are standardised and keyed: keying runs InChI, the costly step, so
   * a caller that can rule a parent out from its graph (its heavy atoms, say) saves it.
   *
   * @param structure a standardised structure
   * @param worthKeying decides from a parent's graph (not to be modified) whether to key it
   * @return the accepted tertiary parents, distinct by InChIKey, in the order found
   * @throws StructureParseException when a parent cannot be keyed (not expected for organic input)
   */
  public static List<Structure> tertiaryParents(
      Structure structure, Predicate<IAtomContainer> worthKeying) {
    Objects.requireNonNull(structure, "structure");
    Objects.requireNonNull(worthKeying, "worthKeying");
    Map<String, Structure> parents = new LinkedHashMap<>();
    for (IAtomContainer parentGraph : parentGraphs(structure.atomContainer())) {
      if (worthKeying.test(parentGraph)) {
        Structure parent = Structure.of(parentGraph);
        parents.putIfAbsent(parent.inchiKey(), parent);
      }
    }
    return List.copyOf(parents.values());
  }

  /**
   * Whether the graph of some tertiary parent passes the test, without standardising or keying any
   * (no InChI run): what a screen asks before it spends a full identification on the record.
   *
   * @param graph a standardised parent (charges and implicit hydrogen counts set); ring flags are
   *     set on it
   * @param test decides from a parent's graph (not to be modified)
   * @return true if some tertiary parent's graph passes
   */
  public static boolean anyTertiaryParent(IAtomContainer graph, Predicate<IAtomContainer> test) {
    Objects.requireNonNull(graph, "graph");
    Objects.requireNonNull(test, "test");
    return parentGraphs(graph).stream().anyMatch(test);
  }

  /** The graphs of the tertiary parents, unkeyed; empty beyond {@link #MAX_SITES} groups. */
  private static List<IAtomContainer> parentGraphs(IAtomContainer graph) {
    if (!isPresent(graph)) {
      return List.of();
    }
    Cycles.markRingAtomsAndBonds(graph);
    List<int[]> sites = new ArrayList<>();
    for (IAtom atom : graph.atoms()) {
      if (isPentavalent(graph, atom)) {
        sites.addAll(groups(graph, atom));
      }
    }
    if (sites.isEmpty() || sites.size() > MAX_SITES) {
      return List.of();
    }
    List<IAtomContainer> graphs = new ArrayList<>(sites.size());
    for (int[] site : sites) {
      graphs.add(withoutGroup(graph, site[0], site[1]));
    }
    return graphs;
  }

  /**
   * Which kinds of group replace the hydrogens of an amine's hydroxyl groups in an {@linkplain
   * #esterOrEtherDerivative ester or ether derivative}: an acyl group (a carbon double-bonded to
   * oxygen: heroin's acetyls) makes an ester, any other carbon group (codeine's methyl) an ether.
   * Immutable and thread-safe.
   *
   * @param esters whether some hydroxyl carries an acyl group
   * @param ethers whether some hydroxyl carries another carbon group
   */
  public record OxygenSubstitution(boolean esters, boolean ethers) {}

  /**
   * Whether the structure is a pentavalent nitrogen derivative of an ester or ether of the amine:
   * the amine's atoms map onto the structure with the same elements, bonds, charges and hydrogens,
   * except that exactly one of its nitrogens is the structure's pentavalent nitrogen (one group
   * more: an oxide oxygen or a carbon group) and one or more of its hydroxyl oxygens carry a carbon
   * group instead of their hydrogen; every other atom belongs to such a group, attached by a single
   * bond. Heroin N-oxide is one of morphine (its 3- and 6-acetates, N-oxide), N-methylcodeinium of
   * morphine too (the 3-methyl ether, quaternised); pholcodine's morpholine N-oxide is not (its
   * pentavalent nitrogen is not morphine's), nor is diacetyldihydromorphine N-oxide (its 7,8-bond
   * is not morphine's). Connectivity only: stereochemistry is not compared. The plain derivative
   * (no ester or ether) is {@link #tertiaryParents}' case and gives empty here.
   *
   * @param structure a standardised structure, aromaticity perceived
   * @param amine the amine, a standardised structure with aromaticity perceived (not modified)
   * @return the kinds of substitution, or empty when it is no such derivative
   */
  public static Optional<OxygenSubstitution> esterOrEtherDerivative(
      IAtomContainer structure, IAtomContainer amine) {
    Objects.requireNonNull(structure, "structure");
    Objects.requireNonNull(amine, "amine");
    if (!isPresent(structure)) {
      return Optional.empty();
    }
    return EsterEtherDerivation.of(structure, amine);
  }

  /**
   * Whether the structure may be a pentavalent nitrogen derivative of an ester or ether of the
   * amine: false only if {@link #esterOrEtherDerivative} is empty for it, on this graph and on any
   * other graph of the same standardised parent with its aromaticity perceived (the parent itself,
   * or the one rebuilt from its canonical SMILES, whose aromatic bonds may have another Kekulé
   * form): it asks only whether the amine's atoms map onto the structure at all, which neither the
   * order of the atoms nor the Kekulé form changes. No InChI; cheap enough for a screen.
   *
   * @param structure a standardised structure, aromaticity perceived
   * @param amine the amine, a standardised structure with aromaticity perceived (not modified)
   * @return false when it is no such derivative
   */
  public static boolean mayBeEsterOrEtherDerivative(
      IAtomContainer structure, IAtomContainer amine) {
    Objects.requireNonNull(structure, "structure");
    Objects.requireNonNull(amine, "amine");
    return isPresent(structure) && EsterEtherDerivation.mayMap(structure, amine);
  }

  /**
   * The heavy atoms of a graph as element counts ({@code "C17N1O3"}, symbols in alphabetical order;
   * hydrogen and its isotopes left out). Two structures with one InChI skeleton have the same heavy
   * atoms, and standardising one connected graph keeps them, so unequal compositions rule out equal
   * skeletons without running InChI.
   *
   * @param graph a graph
   * @return its heavy-atom composition
   */
  public static String heavyAtoms(IAtomContainer graph) {
    Objects.requireNonNull(graph, "graph");
    Map<String, Integer> counts = new TreeMap<>();
    for (IAtom atom : graph.atoms()) {
      Integer z = atom.getAtomicNumber();
      if (z == null || z != 1) {
        counts.merge(String.valueOf(atom.getSymbol()), 1, Integer::sum);
      }
    }
    StringBuilder b = new StringBuilder();
    counts.forEach((symbol, n) -> b.append(symbol).append(n));
    return b.toString();
  }

  /** The oxide oxygen of an N-oxide nitrogen, else every substituent outside a ring through it. */
  private static List<int[]> groups(IAtomContainer graph, IAtom nitrogen) {
    List<int[]> groups = new ArrayList<>();
    for (IAtom other : graph.getConnectedAtomsList(nitrogen)) {
      if (Atoms.isElement(other, IElement.O)
          && Atoms.charge(other) == -1
          && graph.getConnectedBondsCount(other) == 1) {
        return List.of(new int[] {nitrogen.getIndex(), other.getIndex()});
      }
    }
    for (IBond bond : graph.getConnectedBondsList(nitrogen)) {
      if (!bond.isInRing()) {
        groups.add(new int[] {nitrogen.getIndex(), bond.getOther(nitrogen).getIndex()});
      }
    }
    return groups;
  }

  /** A copy of the graph without the group on {@code nitrogen} that starts at {@code group}. */
  private static IAtomContainer withoutGroup(IAtomContainer graph, int nitrogen, int group) {
    IAtomContainer copy = CdkSupport.copy(graph);
    IAtom n = copy.getAtom(nitrogen);
    IAtom start = copy.getAtom(group);
    // Everything reachable from the group without passing through the nitrogen is the group.
    boolean[] inGroup = new boolean[copy.getAtomCount()];
    Deque<IAtom> todo = new ArrayDeque<>();
    inGroup[start.getIndex()] = true;
    todo.push(start);
    while (!todo.isEmpty()) {
      IAtom a = todo.pop();
      for (IAtom b : copy.getConnectedAtomsList(a)) {
        if (!b.equals(n) && !inGroup[b.getIndex()]) {
          inGroup[b.getIndex()] = true;
          todo.push(b);
        }
      }
    }
    List<IAtom> remove = new ArrayList<>();
    for (IAtom a : copy.atoms()) {
      if (inGroup[a.getIndex()]) {
        remove.add(a);
      }
    }
    for (IAtom a : remove) {
      copy.removeAtom(a); // also removes its bonds and the stereo elements that name it
    }
    n.setFormalCharge(0);
    // A configuration drawn at the charged nitrogen may stay: InChI gives a tertiary amine none.
    return copy;
  }

  static boolean isPentavalent(IAtomContainer graph, IAtom atom) {
    if (!Atoms.isElement(atom, IElement.N)
        || Atoms.charge(atom) != 1
        || Atoms.hydrogens(atom) != 0
        || graph.getConnectedBondsCount(atom) != 4) {
      return false;
    }
    for (IBond bond : graph.getConnectedBondsList(atom)) {
      if (bond.getOrder() != IBond.Order.SINGLE || bond.isAromatic()) {
        return false;
      }
    }
    return true;
  }
}
