package org.opioidregistry.search;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.opioidregistry.core.fingerprint.Fingerprint;
import org.opioidregistry.core.fingerprint.FingerprintType;
import org.opioidregistry.core.fingerprint.Fingerprinter;
import org.opioidregistry.core.similarity.FingerprintIndex;
import org.opioidregistry.core.structure.IdentityKeys;
import org.opioidregistry.core.structure.Structure;
import org.opioidregistry.core.substance.Substance;
import org.opioidregistry.core.substance.SubstanceId;
import org.opioidregistry.core.substructure.SearchTarget;
import org.opioidregistry.core.substructure.SubstructureSearcher;

/**
 * The registry's in-memory state at one commit: substances by id, by each identity key layer that a
 * lookup uses (full InChIKey, connectivity, tautomer), and the fingerprint index (whose row ids are
 * positions in {@link #entries()}). Rebuilt as a whole after each write, so that a reader holding a
 * snapshot sees one consistent state.
 *
 * <p>Entries are kept in id order, whatever order Lucene holds the documents in (segment merges may
 * reorder them between runs): every scan, and every tie broken by position, is then in id order,
 * and the same registry content gives the same result lists.
 *
 * <p>Immutable and thread-safe.
 */
final class Snapshot {

  /**
   * A substance with its fingerprint; a substance without structure (opium, coca leaf) has none
   * (null) and is left out of the structure indexes, so it is found by name and id only.
   */
  record Entry(Substance substance, Fingerprint fingerprint) {}

  private final List<Entry> entries;
  private final Map<SubstanceId, Integer> byId;
  private final Map<String, Integer> byInchiKey;
  private final ImmutableListMultimap<String, Integer> bySkeleton;
  private final ImmutableListMultimap<String, Integer> byTautomer;
  private final FingerprintType indexType;
  private final FingerprintIndex index;

  /**
   * SHA-256 of every substance's content record in id order; computed when first asked, unless it
   * was computed ahead.
   */
  private final Supplier<String> contentHash;

  /** Folded names per substance, computed when a name search first ranks it. */
  private final Map<SubstanceId, List<String>> foldedNames = new ConcurrentHashMap<>();

  private final Map<SubstanceId, List<List<String>>> nameMarkers = new ConcurrentHashMap<>();

  /** Built on first substructure search only: screens cost a parse per substance. */
  private final Supplier<List<SearchTarget>> substructureTargets =
      Suppliers.memoize(this::buildSubstructureTargets);

  private final Supplier<SubstructureSearcher> substructure =
      Suppliers.memoize(() -> SubstructureSearcher.of(substructureTargets.get()));

  /**
   * Indexes of fingerprint types other than the stored one, each computed on its first similarity
   * search; the memoizing supplier keeps the computation outside the map's lock.
   */
  private final Map<FingerprintType, Supplier<FingerprintIndex>> otherIndexes =
      new ConcurrentHashMap<>();

  private Snapshot(List<Entry> entries, FingerprintType indexType, Optional<String> contentHash) {
    this.contentHash =
        contentHash.isPresent()
            ? Suppliers.ofInstance(contentHash.get())
            : Suppliers.memoize(this::computeContentHash);
    int bitLength = indexType.bitLength();
    this.indexType = indexType;
    this.entries =
        ImmutableList.sortedCopyOf(
            java.util.Comparator.comparing((Entry e) -> e.substance().id()), entries);
    Map<SubstanceId, Integer> ids = new HashMap<>(entries.size() * 2);
    Map<String, Integer> keys = new HashMap<>(entries.size() * 2);
    ImmutableListMultimap.Builder<String, Integer> skeletons = ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<String, Integer> tautomers = ImmutableListMultimap.builder();
    FingerprintIndex.Builder index = FingerprintIndex.builder(bitLength);
    for (int i = 0; i < this.entries.size(); i++) {
      Substance s = this.entries.get(i).substance();
      ids.put(s.id(), i);
      if (s.hasStructure()) {
        IdentityKeys k = s.structure().get().identityKeys();
        keys.put(k.full(), i);
        skeletons.put(k.connectivity(), i);
        tautomers.put(k.tautomer(), i);
        index.add(i, this.entries.get(i).fingerprint());
      }
    }
    this.byId = ImmutableMap.copyOf(ids);
    this.byInchiKey = ImmutableMap.copyOf(keys);
    this.bySkeleton = skeletons.build();
    this.byTautomer = tautomers.build();
    this.index = index.build();
  }

  static Snapshot of(List<Entry> entries, FingerprintType indexType) {
    return new Snapshot(entries, indexType, Optional.empty());
  }

  /** This snapshot without the given ids and with the given entries added (or replaced). */
  Snapshot with(Set<SubstanceId> removed, Collection<Entry> added) {
    return with(removed, added, Optional.empty());
  }

  /**
   * {@link #with(Set, Collection)}, whose content hash, when given, was computed ahead from the
   * same substances (it is then not computed).
   */
  Snapshot with(Set<SubstanceId> removed, Collection<Entry> added, Optional<String> contentHash) {
    List<Entry> next = new ArrayList<>(entries.size() + added.size());
    for (Entry e : entries) {
      if (!removed.contains(e.substance().id())) {
        next.add(e);
      }
    }
    next.addAll(added);
    return new Snapshot(next, indexType, contentHash);
  }

  List<Entry> entries() {
    return entries;
  }

  int size() {
    return entries.size();
  }

  Substance substance(int ordinal) {
    return entries.get(ordinal).substance();
  }

  Optional<Substance> byId(SubstanceId id) {
    Integer i = byId.get(id);
    return i == null ? Optional.empty() : Optional.of(substance(i));
  }

  Optional<Substance> byInchiKey(String inchiKey) {
    Integer i = byInchiKey.get(inchiKey);
    return i == null ? Optional.empty() : Optional.of(substance(i));
  }

  /**
   * Registered substances that share the connectivity or the tautomer key of {@code keys}, each
   * once, in id order: every candidate for a related (not identical) identity match.
   */
  List<Substance> relatedCandidates(IdentityKeys keys) {
    java.util.SortedSet<Integer> ordinals = new java.util.TreeSet<>();
    ordinals.addAll(bySkeleton.get(keys.connectivity()));
    ordinals.addAll(byTautomer.get(keys.tautomer()));
    return ordinals.stream().map(this::substance).toList();
  }

  /** The index of the stored fingerprints, whose type is the registry's. */
  FingerprintIndex index() {
    return index;
  }

  /**
   * The index of fingerprints of the given type: the stored one for the registry's type, otherwise
   * computed from every structure on first use and kept for this snapshot's lifetime.
   */
  FingerprintIndex index(FingerprintType type) {
    if (type == indexType) {
      return index;
    }
    return otherIndexes.computeIfAbsent(type, t -> Suppliers.memoize(() -> buildIndex(t))).get();
  }

  private FingerprintIndex buildIndex(FingerprintType type) {
    Fingerprinter fingerprinter = Fingerprinter.of(type);
    FingerprintIndex.Builder builder = FingerprintIndex.builder(type.bitLength());
    for (int i = 0; i < entries.size(); i++) {
      Optional<Structure> structure = substance(i).structure();
      if (structure.isPresent()) {
        builder.add(i, fingerprinter.fingerprint(structure.get()));
      }
    }
    return builder.build();
  }

  /** The {@link ContentHash} of the registry's content at this commit. */
  String contentHash() {
    return contentHash.get();
  }

  private String computeContentHash() {
    return ContentHash.of(entries.stream().map(Entry::substance).toList());
  }

  /** The folded forms of the substance's name and synonyms, in that order; cached. */
  List<String> foldedNames(Substance s) {
    return foldedNames.computeIfAbsent(s.id(), id -> SubstanceDocuments.foldedNames(s));
  }

  /**
   * The {@link org.opioidregistry.search.name.NameFolding#markers markers} of the substance's name
   * and synonyms, in that order; cached, as the typo rule asks for them on every near miss.
   */
  List<List<String>> nameMarkers(Substance s) {
    return nameMarkers.computeIfAbsent(s.id(), id -> SubstanceDocuments.nameMarkers(s));
  }

  /** A searcher over every substance; a target's id is its position in {@link #entries()}. */
  SubstructureSearcher substructureSearcher() {
    return substructure.get();
  }

  /**
   * A searcher over the substances that pass the filter, reusing the prepared targets; a target's
   * id is still its position in {@link #entries()}.
   */
  SubstructureSearcher substructureSearcher(java.util.function.Predicate<Substance> filter) {
    List<SearchTarget> targets = substructureTargets.get();
    List<SearchTarget> passing = new ArrayList<>();
    for (SearchTarget target : targets) {
      // Not targets.get(i) = substance(i): substances without structure are no targets.
      if (filter.test(substance(Integer.parseInt(target.id())))) {
        passing.add(target);
      }
    }
    return SubstructureSearcher.of(passing);
  }

  private List<SearchTarget> buildSubstructureTargets() {
    List<SearchTarget> targets = new ArrayList<>(entries.size());
    for (int i = 0; i < entries.size(); i++) {
      int ordinal = i;
      entries
          .get(i)
          .substance()
          .structure()
          .ifPresent(
              s ->
                  targets.add(SearchTarget.ofSmiles(String.valueOf(ordinal), s.canonicalSmiles())));
    }
    return List.copyOf(targets);
  }
}
