package org.opioidregistry.identify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.opioidregistry.core.structure.PentavalentNitrogen;
import org.opioidregistry.core.structure.PreparedStructure;
import org.opioidregistry.core.structure.Structure;
import org.opioidregistry.core.substance.Control;
import org.opioidregistry.core.substance.ListedForm;
import org.opioidregistry.core.substance.Substance;
import org.opioidregistry.search.Registry;

/**
 * The registered side of the listings that extend to pentavalent nitrogen derivatives ("morphine
 * methobromide and other pentavalent nitrogen morphine derivatives"): each substance with a control
 * of such a scope, in force or not, with the skeletons of the amines it derives from. Computed once
 * per registry content, because keying the amines of a quaternary entry runs InChI, which a query
 * with a pentavalent nitrogen would otherwise pay again for every registered entry.
 *
 * <p>Immutable and thread-safe.
 */
final class PentavalentScope {

  /**
   * A scoped substance, its amines (its own structure, or its tertiary parents') with their
   * skeleton keys, and whether one of its scoped controls also names esters or ethers, so that the
   * derivatives of the amine's esters and ethers are reached too.
   */
  record Entry(
      Substance substance,
      List<Structure> amines,
      Set<String> amineSkeletons,
      boolean reachesEstersOrEthers) {}

  /** A scoped substance whose amine has an ester or ether the query derives from, and how. */
  record EsterEtherReach(Entry entry, PentavalentNitrogen.OxygenSubstitution substitution) {}

  private final String contentHash;
  private final List<Entry> entries;
  private final Set<String> amineHeavyAtoms;
  private final List<Map<String, Integer>> esterEtherAmineCounts;

  private PentavalentScope(
      String contentHash,
      List<Entry> entries,
      Set<String> amineHeavyAtoms,
      List<Map<String, Integer>> esterEtherAmineCounts) {
    this.contentHash = contentHash;
    this.entries = entries;
    this.amineHeavyAtoms = amineHeavyAtoms;
    this.esterEtherAmineCounts = esterEtherAmineCounts;
  }

  /** The scope of the registry's current content, its substances in the registry's order. */
  static PentavalentScope of(Registry registry) {
    String hash = registry.contentHash();
    List<Entry> entries = new ArrayList<>();
    Set<String> heavyAtoms = new HashSet<>();
    List<Map<String, Integer>> esterEtherCounts = new ArrayList<>();
    for (Substance s : registry.substances()) {
      if (s.structure().isEmpty()
          || s.controls().stream()
              .noneMatch(c -> c.scope().coversPentavalentNitrogenDerivatives())) {
        continue;
      }
      Structure listed = s.structure().orElseThrow();
      List<Structure> parents = PentavalentNitrogen.tertiaryParents(listed);
      List<Structure> amines = parents.isEmpty() ? List.of(listed) : parents;
      boolean estersOrEthers =
          s.controls().stream().anyMatch(PentavalentScope::reachesEstersOrEthers);
      Set<String> skeletons = new HashSet<>();
      for (Structure amine : amines) {
        skeletons.add(amine.skeletonKey());
        heavyAtoms.add(PentavalentNitrogen.heavyAtoms(amine.atomContainer()));
        if (estersOrEthers) {
          esterEtherCounts.add(counts(amine.atomContainer()));
        }
      }
      entries.add(new Entry(s, List.copyOf(amines), Set.copyOf(skeletons), estersOrEthers));
    }
    return new PentavalentScope(
        hash, List.copyOf(entries), Set.copyOf(heavyAtoms), List.copyOf(esterEtherCounts));
  }

  /** Whether a control names the pentavalent nitrogen derivatives and also esters or ethers. */
  static boolean reachesEstersOrEthers(Control c) {
    return c.scope().coversPentavalentNitrogenDerivatives()
        && (c.scope().covers(ListedForm.ESTERS) || c.scope().covers(ListedForm.ETHERS));
  }

  /** Whether this scope was computed from the content with this hash. */
  boolean isFor(String registryContentHash) {
    return contentHash.equals(registryContentHash);
  }

  /** The scoped substances, in the registry's order. */
  List<Entry> entries() {
    return entries;
  }

  /**
   * Whether a screened record can reach a scoped listing through a tertiary parent: false when no
   * parent has the heavy atoms of a scoped amine, and either no parent has at least those of an
   * amine whose esters and ethers a scoped listing reaches or no such amine maps onto the record
   * ({@link PentavalentNitrogen#mayBeEsterOrEtherDerivative}), decided without InChI. The
   * identifier's {@link #candidateParents} and {@link #esterEtherReach} apply the same tests before
   * anything else (the heavy atoms, then the mapping as the first step of {@link
   * PentavalentNitrogen#esterOrEtherDerivative}, on the graph rebuilt from the canonical SMILES,
   * where a mapping exists exactly when one exists on the record's parent), so a record this rules
   * out gets no such match there.
   */
  boolean mayReach(PreparedStructure prepared) {
    if (entries.isEmpty()) {
      return false;
    }
    // One pass over the parents (each is a copy of the graph): an amine's heavy atoms decide at
    // once; an ester's or ether's only say that the mapping is worth trying.
    boolean[] esterOrEther = {false};
    boolean amine =
        prepared.anyTertiaryParent(
            g -> {
              if (mayBeAnAmine(g)) {
                return true;
              }
              esterOrEther[0] |= mayBeAnEsterOrEther(g);
              return false;
            });
    if (amine) {
      return true;
    }
    if (!esterOrEther[0]) {
      return false;
    }
    IAtomContainer graph = prepared.atomContainer();
    for (Entry entry : entries) {
      if (!entry.reachesEstersOrEthers()) {
        continue;
      }
      for (Structure a : entry.amines()) {
        if (PentavalentNitrogen.mayBeEsterOrEtherDerivative(graph, a.atomContainer())) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean mayBeAnAmine(IAtomContainer parentGraph) {
    return amineHeavyAtoms.contains(PentavalentNitrogen.heavyAtoms(parentGraph));
  }

  /**
   * Whether a tertiary parent has at least the heavy atoms, element by element, of an amine whose
   * esters and ethers a scoped listing reaches: an ester or ether adds atoms and removes none.
   */
  private boolean mayBeAnEsterOrEther(IAtomContainer parentGraph) {
    if (esterEtherAmineCounts.isEmpty()) {
      return false;
    }
    Map<String, Integer> parent = counts(parentGraph);
    for (Map<String, Integer> amine : esterEtherAmineCounts) {
      if (amine.entrySet().stream()
          .allMatch(e -> parent.getOrDefault(e.getKey(), 0) >= e.getValue())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The scoped entries whose amine has an ester or ether of which the query is a pentavalent
   * nitrogen derivative ({@link PentavalentNitrogen#esterOrEtherDerivative}). Asked only of a query
   * some tertiary parent of which passes the screen's test ({@link #mayReach}), so the screen and
   * the identifier agree.
   */
  List<EsterEtherReach> esterEtherReach(Structure query) {
    if (esterEtherAmineCounts.isEmpty()) {
      return List.of();
    }
    IAtomContainer graph = query.atomContainer();
    if (!PentavalentNitrogen.anyTertiaryParent(graph, this::mayBeAnEsterOrEther)) {
      return List.of();
    }
    List<EsterEtherReach> reached = new ArrayList<>();
    for (Entry entry : entries) {
      if (!entry.reachesEstersOrEthers()) {
        continue;
      }
      for (Structure amine : entry.amines()) {
        var substitution = PentavalentNitrogen.esterOrEtherDerivative(graph, amine.atomContainer());
        if (substitution.isPresent()) {
          reached.add(new EsterEtherReach(entry, substitution.get()));
          break;
        }
      }
    }
    return reached;
  }

  /** Heavy-atom counts by element symbol (hydrogen left out). */
  private static Map<String, Integer> counts(IAtomContainer graph) {
    Map<String, Integer> counts = new HashMap<>();
    for (IAtom atom : graph.atoms()) {
      Integer z = atom.getAtomicNumber();
      if (z == null || z != 1) {
        counts.merge(String.valueOf(atom.getSymbol()), 1, Integer::sum);
      }
    }
    return counts;
  }

  /**
   * The query's tertiary parents that can share a skeleton with a scoped amine: a parent whose
   * heavy atoms no scoped amine has is never keyed, so a quaternary ammonium that is no morphine
   * derivative costs no InChI run.
   */
  List<Structure> candidateParents(Structure query) {
    if (entries.isEmpty()) {
      return List.of();
    }
    return PentavalentNitrogen.tertiaryParents(query, this::mayBeAnAmine);
  }
}
