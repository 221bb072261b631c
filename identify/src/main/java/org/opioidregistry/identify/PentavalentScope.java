package org.opioidregistry.identify;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.opioidregistry.core.structure.PentavalentNitrogen;
import org.opioidregistry.core.structure.PreparedStructure;
import org.opioidregistry.core.structure.Structure;
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

  /** A scoped substance and the skeleton keys of its amines (its own, or its tertiary parents'). */
  record Entry(Substance substance, Set<String> amineSkeletons) {}

  private final String contentHash;
  private final List<Entry> entries;
  private final Set<String> amineHeavyAtoms;

  private PentavalentScope(String contentHash, List<Entry> entries, Set<String> amineHeavyAtoms) {
    this.contentHash = contentHash;
    this.entries = entries;
    this.amineHeavyAtoms = amineHeavyAtoms;
  }

  /** The scope of the registry's current content, its substances in the registry's order. */
  static PentavalentScope of(Registry registry) {
    String hash = registry.contentHash();
    List<Entry> entries = new ArrayList<>();
    Set<String> heavyAtoms = new HashSet<>();
    for (Substance s : registry.substances()) {
      if (s.structure().isEmpty()
          || s.controls().stream()
              .noneMatch(c -> c.scope().coversPentavalentNitrogenDerivatives())) {
        continue;
      }
      Structure listed = s.structure().orElseThrow();
      List<Structure> parents = PentavalentNitrogen.tertiaryParents(listed);
      List<Structure> amines = parents.isEmpty() ? List.of(listed) : parents;
      Set<String> skeletons = new HashSet<>();
      for (Structure amine : amines) {
        skeletons.add(amine.skeletonKey());
        heavyAtoms.add(PentavalentNitrogen.heavyAtoms(amine.atomContainer()));
      }
      entries.add(new Entry(s, Set.copyOf(skeletons)));
    }
    return new PentavalentScope(hash, List.copyOf(entries), Set.copyOf(heavyAtoms));
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
   * parent has the heavy atoms of a scoped amine, decided without InChI. The identifier's {@link
   * #candidateParents} applies the same test, so a record this rules out gets no such match there.
   */
  boolean mayReach(PreparedStructure prepared) {
    return !entries.isEmpty() && prepared.anyTertiaryParent(this::mayBeAnAmine);
  }

  private boolean mayBeAnAmine(IAtomContainer parentGraph) {
    return amineHeavyAtoms.contains(PentavalentNitrogen.heavyAtoms(parentGraph));
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
