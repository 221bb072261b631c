package org.opioidregistry.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.store.FSDirectory;
import org.opioidregistry.core.fingerprint.Fingerprint;
import org.opioidregistry.core.fingerprint.FingerprintType;
import org.opioidregistry.core.mass.MassWindow;
import org.opioidregistry.core.mass.MolecularFormula;
import org.opioidregistry.core.similarity.FingerprintIndex;
import org.opioidregistry.core.similarity.Hit;
import org.opioidregistry.core.structure.IdentityKeys;
import org.opioidregistry.core.structure.IdentityLayer;
import org.opioidregistry.core.structure.Standardization;
import org.opioidregistry.core.structure.Structure;
import org.opioidregistry.core.substance.Substance;
import org.opioidregistry.core.substance.SubstanceId;
import org.opioidregistry.core.substructure.SubstructureHit;
import org.opioidregistry.core.substructure.SubstructureQuery;
import org.opioidregistry.core.substructure.SubstructureSearchResult;
import org.opioidregistry.core.substructure.SubstructureSearcher;

/**
 * A registry of substances, searchable by identity, structural similarity, substructure, formula,
 * mass, and name, synonym or code. Every read is a {@code find...} method with an overload taking a
 * {@link SearchFilter}. Lucene holds every substance (on disk, or in memory for the bundled
 * reference data); the structure indexes live in memory and are rebuilt from the store on open. A
 * registry in memory puts its substances into Lucene only when a name search or query first needs
 * it.
 *
 * <pre>{@code
 * try (Registry registry = Registry.inMemory(ReferenceData.load().substances())) {
 *   IdentityResult id = registry.findByStructure(StructureParser.parse("CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1.Cl"));
 *   id.exact();                                   // fentanyl, relation SALT
 *   registry.findSimilar(query, 0.5, 5);          // nearest registered substances
 *   registry.findByName("p-fluorobutyrfentanyl", 5);
 *   registry.findByMass(MassWindow.ppm(336.2202, 5));
 * }
 * }</pre>
 *
 * <p>Thread-safe: any number of threads may read while one writes; each read sees one consistent
 * committed state. Writes are serialised and each is committed whole or not at all. Reads do not
 * declare {@link IOException}: a failing disk surfaces as {@link UncheckedIOException}.
 */
public final class Registry implements AutoCloseable {

  /**
   * What to do when a directory was written by an older schema or with another fingerprint spec.
   */
  public enum OpenMode {
    /** Refuse to open it ({@link IncompatibleRegistryException}). */
    REFUSE_INCOMPATIBLE,
    /** Recompute every fingerprint from the stored structures and commit them. */
    REBUILD_FINGERPRINTS,
    /**
     * Recompute everything derived from the stored structures (fingerprints, identity keys) and
     * commit it under the current schema: upgrades a registry an older version wrote (schema 3), or
     * one of another fingerprint spec. Refuses schemas it cannot upgrade.
     */
    REBUILD,
    /**
     * Open an existing registry for reading only, without Lucene's write lock, so that several
     * processes (e.g. command-line runs) can read one directory at once; writes throw {@link
     * IllegalStateException}, and an incompatible directory is refused. The registry shows the
     * commit that was current when it was opened.
     */
    READ_ONLY
  }

  private final RegistryStore store;

  private Registry(RegistryStore store) {
    this.store = store;
  }

  /**
   * A registry held in memory, filled with the given substances in one batch.
   *
   * @throws BatchRejectedException when two substances share an id or an InChIKey
   */
  public static Registry inMemory(Collection<Substance> substances) {
    return inMemory(substances, PrecomputedFingerprints.NONE, false, Optional.empty());
  }

  /**
   * {@link #inMemory(Collection)}, taking each substance's fingerprint from {@code precomputed}
   * where it has one instead of computing it (the bundled data: {@link BundledRegistry}).
   *
   * @param indexable the substances are known to pass the check that Lucene can index their names
   *     and codes (the bundled data: BundledRegistryTest builds a registry of the same substances
   *     with the check), which is then skipped; it analysed every name at every start
   * @param contentHash the {@link ContentHash} of {@code substances}, when it was computed ahead
   *     (the bundled data: {@link BundledContentHash}); computed otherwise
   */
  static Registry inMemory(
      Collection<Substance> substances,
      PrecomputedFingerprints precomputed,
      boolean indexable,
      Optional<String> contentHash) {
    try {
      Registry registry =
          new Registry(RegistryStore.inMemory(FingerprintType.DEFAULT, precomputed));
      if (!substances.isEmpty()) {
        registry.addAll(List.copyOf(substances), AuditNote.UNATTRIBUTED, !indexable, contentHash);
      }
      return registry;
    } catch (IOException e) {
      throw new UncheckedIOException("in-memory registry failed", e);
    }
  }

  /**
   * Opens the registry in a directory, creating it if absent, and refusing one whose stored
   * fingerprints differ from those this version computes.
   *
   * @throws IncompatibleRegistryException when the directory's schema or fingerprint spec differs
   * @throws CorruptRegistryException when a file is damaged (checksums are verified for everything
   *     the registry reads; {@link #verify} checks the rest)
   * @throws IOException when the directory cannot be read or is locked by another process
   */
  public static Registry open(Path directory) throws IOException {
    return open(directory, OpenMode.REFUSE_INCOMPATIBLE);
  }

  /**
   * Opens the registry in a directory, creating it if absent (except with {@link
   * OpenMode#READ_ONLY}, which needs an existing registry).
   *
   * @throws IncompatibleRegistryException when the schema differs, or the fingerprint spec differs
   *     and {@code mode} is not {@link OpenMode#REBUILD_FINGERPRINTS}
   * @throws java.nio.file.NoSuchFileException when opening read-only where there is no registry
   * @throws CorruptRegistryException when a file is damaged
   * @throws RegistryInUseException when another writer has the directory open
   * @throws IOException when the directory cannot be read
   */
  public static Registry open(Path directory, OpenMode mode) throws IOException {
    if (mode != OpenMode.READ_ONLY) {
      Files.createDirectories(directory);
    } else if (!Files.isDirectory(directory)) {
      // Checked before Lucene's FSDirectory, which would create the (perhaps mistyped) path.
      throw new java.nio.file.NoSuchFileException(
          directory.toString(), null, "no registry here to open read-only");
    }
    return new Registry(
        RegistryStore.open(
            FSDirectory.open(directory),
            directory,
            FingerprintType.DEFAULT,
            mode,
            java.time.Clock.systemUTC()));
  }

  /**
   * Checks a registry directory in depth, for a {@code --verify} flag or a scheduled job: Lucene's
   * full index check, then every substance's stored keys against its stored structure. Slower than
   * {@link #open(Path)} (which verifies the checksums of what it reads) by the InChI computation of
   * every substance; needs the directory not to be open for writing.
   *
   * @return every problem found; {@link VerificationReport#ok()} when none
   * @throws java.nio.file.NoSuchFileException when there is no directory
   * @throws RegistryInUseException when a writer has it open
   * @throws IOException when the directory cannot be read
   */
  public static VerificationReport verify(Path directory) throws IOException {
    return RegistryVerifier.verify(directory);
  }

  // ---- writes ----

  /**
   * Registers a substance.
   *
   * @return the id and any warnings (e.g. a stereoisomer is already registered)
   * @throws DuplicateStructureException when the id or the InChIKey is already registered
   * @throws InvalidSubstanceException when a name, synonym or code is too long to index (nothing is
   *     written, and the registry stays usable)
   * @throws IOException when the commit fails (nothing is written)
   */
  public WriteResult add(Substance substance) throws IOException {
    return add(substance, AuditNote.UNATTRIBUTED);
  }

  /** {@link #add(Substance)}, the audit log recording who, why and when as the note says. */
  public WriteResult add(Substance substance, AuditNote note) throws IOException {
    Objects.requireNonNull(substance, "substance");
    try {
      return addAll(List.of(substance), note).get(0);
    } catch (BatchRejectedException e) {
      // A single record is refused for its own reason, not as "record 1 of a batch".
      throw (RuntimeException) e.getCause();
    }
  }

  /**
   * Registers several substances in one commit: all of them, or, if one is refused, none. A refusal
   * is a {@link BatchRejectedException} whatever the batch's size (its cause says why: e.g. a
   * {@link DuplicateStructureException}).
   *
   * @return one result per substance, in order
   * @throws BatchRejectedException naming the first refused record; nothing is written
   * @throws IOException when the commit fails (nothing is written)
   */
  public List<WriteResult> addAll(List<Substance> batch) throws IOException {
    return addAll(batch, AuditNote.UNATTRIBUTED);
  }

  /** {@link #addAll(List)}, the audit log recording who, why and when as the note says. */
  public List<WriteResult> addAll(List<Substance> batch, AuditNote note) throws IOException {
    return addAll(batch, note, true, Optional.empty());
  }

  /**
   * @param contentHash the content hash of the batch alone, computed ahead: given only for a batch
   *     into an empty registry, whose content after the write is the batch
   */
  private List<WriteResult> addAll(
      List<Substance> batch, AuditNote note, boolean checkIndexable, Optional<String> contentHash)
      throws IOException {
    Objects.requireNonNull(note, "note");
    List<Substance> substances = List.copyOf(batch);
    return store.write(
        snapshot -> {
          Map<SubstanceId, Integer> ids = new HashMap<>();
          Map<String, Integer> keys = new HashMap<>();
          BatchKeys earlier = new BatchKeys();
          List<Snapshot.Entry> added = new ArrayList<>();
          List<WriteResult> results = new ArrayList<>();
          for (int i = 0; i < substances.size(); i++) {
            Substance s = substances.get(i);
            try {
              checkNew(snapshot, s, ids, keys);
              results.add(
                  new WriteResult(s.id(), relatedWarnings(snapshot, s, earlier.related(s))));
              earlier.add(s);
              Fingerprint fingerprint = store.fingerprint(s);
              if (checkIndexable) {
                store.checkIndexable(s, fingerprint);
              }
              added.add(new Snapshot.Entry(s, fingerprint));
              ids.put(s.id(), i);
              int ordinal = i;
              s.structure().ifPresent(x -> keys.put(x.inchiKey(), ordinal));
            } catch (RuntimeException e) {
              throw new BatchRejectedException(i, s.id().value(), e);
            }
          }
          return new RegistryStore.PreparedWrite<>(
              new RegistryStore.Change(
                  Set.of(),
                  added,
                  AuditEntry.Operation.ADD,
                  substances.stream().map(s -> s.id().value()).toList(),
                  note,
                  snapshot.size() == 0 ? contentHash : Optional.empty()),
              List.copyOf(results));
        });
  }

  /**
   * Replaces the registered substance of the same id.
   *
   * @throws java.util.NoSuchElementException when no substance has that id
   * @throws DuplicateStructureException when another substance has the new structure
   * @throws InvalidSubstanceException when a name, synonym or code is too long to index
   * @throws IOException when the commit fails (nothing is written)
   */
  public WriteResult update(Substance substance) throws IOException {
    return update(substance, AuditNote.UNATTRIBUTED);
  }

  /** {@link #update(Substance)}, the audit log recording who, why and when as the note says. */
  public WriteResult update(Substance substance, AuditNote note) throws IOException {
    Objects.requireNonNull(note, "note");
    return store.write(
        snapshot -> {
          if (snapshot.byId(substance.id()).isEmpty()) {
            throw new java.util.NoSuchElementException("no substance with id " + substance.id());
          }
          Optional<Substance> sameKey =
              substance.structure().flatMap(x -> snapshot.byInchiKey(x.inchiKey()));
          if (sameKey.isPresent() && !sameKey.get().id().equals(substance.id())) {
            throw duplicateStructure(substance, sameKey.get());
          }
          Fingerprint fingerprint = store.fingerprint(substance);
          store.checkIndexable(substance, fingerprint);
          Snapshot.Entry entry = new Snapshot.Entry(substance, fingerprint);
          List<RegistryWarning> warnings =
              relatedWarnings(snapshot, substance, List.of()).stream()
                  .filter(w -> !w.related().equals(substance.id()))
                  .toList();
          return new RegistryStore.PreparedWrite<>(
              new RegistryStore.Change(
                  Set.of(substance.id()),
                  List.of(entry),
                  AuditEntry.Operation.UPDATE,
                  List.of(substance.id().value()),
                  note),
              new WriteResult(substance.id(), warnings));
        });
  }

  /**
   * Removes a substance.
   *
   * @return false when no substance had that id
   * @throws IOException when the commit fails (nothing is written)
   */
  public boolean remove(SubstanceId id) throws IOException {
    return remove(id, AuditNote.UNATTRIBUTED);
  }

  /** {@link #remove(SubstanceId)}, the audit log recording who, why and when as the note says. */
  public boolean remove(SubstanceId id, AuditNote note) throws IOException {
    Objects.requireNonNull(note, "note");
    if (get(id).isEmpty()) {
      return false;
    }
    return store.write(
        snapshot ->
            new RegistryStore.PreparedWrite<>(
                new RegistryStore.Change(
                    Set.of(id), List.of(), AuditEntry.Operation.REMOVE, List.of(id.value()), note),
                snapshot.byId(id).isPresent()));
  }

  private static void checkNew(
      Snapshot snapshot,
      Substance s,
      Map<SubstanceId, Integer> batchIds,
      Map<String, Integer> batchKeys) {
    Optional<Substance> sameId = snapshot.byId(s.id());
    if (sameId.isPresent() || batchIds.containsKey(s.id())) {
      throw new DuplicateStructureException(
          "the id '"
              + s.id()
              + "' is already registered"
              + (sameId.isPresent() ? "" : " earlier in this batch"),
          s.id());
    }
    if (!s.hasStructure()) {
      return;
    }
    String key = s.structure().get().inchiKey();
    Optional<Substance> sameKey = snapshot.byInchiKey(key);
    if (sameKey.isPresent()) {
      throw duplicateStructure(s, sameKey.get());
    }
    if (batchKeys.containsKey(key)) {
      throw new DuplicateStructureException(
          "the structure " + key + " occurs twice in this batch", s.id());
    }
  }

  private static DuplicateStructureException duplicateStructure(Substance s, Substance existing) {
    return new DuplicateStructureException(
        "the structure of '"
            + s.id()
            + "' ("
            + s.structure().map(Structure::inchiKey).orElse("")
            + ") is already registered as '"
            + existing.id()
            + "' ("
            + existing.name()
            + ")",
        existing.id());
  }

  /**
   * Warnings for registered substances, and earlier ones of the same batch, that the new one is a
   * stereoisomer, isotope variant or tautomer of.
   */
  private static List<RegistryWarning> relatedWarnings(
      Snapshot snapshot, Substance s, Collection<Substance> earlierOfBatch) {
    List<RegistryWarning> warnings = new ArrayList<>();
    if (!s.hasStructure()) {
      return warnings;
    }
    List<Substance> candidates = new ArrayList<>(snapshot.relatedCandidates(keys(s)));
    candidates.addAll(earlierOfBatch);
    for (Substance other : candidates) {
      IdentityLayer layer = keys(s).sharedLayer(keys(other));
      Relation.of(layer, Standardization.NONE)
          .filter(r -> r != Relation.IDENTICAL)
          .ifPresent(r -> warnings.add(relatedWarning(s, other, r)));
    }
    return warnings;
  }

  /** Earlier substances of a batch by connectivity and by tautomer key, for the warnings. */
  private static final class BatchKeys {
    private final Map<String, Set<Substance>> byKey = new HashMap<>();

    Collection<Substance> related(Substance s) {
      Set<Substance> found = new java.util.LinkedHashSet<>();
      if (!s.hasStructure()) {
        return found;
      }
      found.addAll(byKey.getOrDefault("c:" + keys(s).connectivity(), Set.of()));
      found.addAll(byKey.getOrDefault("t:" + keys(s).tautomer(), Set.of()));
      return found;
    }

    void add(Substance s) {
      if (!s.hasStructure()) {
        return;
      }
      byKey
          .computeIfAbsent("c:" + keys(s).connectivity(), k -> new java.util.LinkedHashSet<>())
          .add(s);
      byKey.computeIfAbsent("t:" + keys(s).tautomer(), k -> new java.util.LinkedHashSet<>()).add(s);
    }
  }

  /** The keys of a substance that has a structure (callers check {@code hasStructure()}). */
  private static IdentityKeys keys(Substance s) {
    return s.structure().orElseThrow().identityKeys();
  }

  private static RegistryWarning relatedWarning(Substance s, Substance other, Relation relation) {
    String shared = relation == Relation.TAUTOMER ? "tautomer key" : "skeleton key";
    String kind =
        switch (relation) {
          case TAUTOMER -> "a tautomer of it";
          case ISOTOPE_VARIANT -> "an isotope variant of it";
          default -> "a stereoisomer or isotope variant of it";
        };
    return new RegistryWarning(
        "'"
            + s.id()
            + "' has the same "
            + shared
            + " as '"
            + other.id()
            + "' ("
            + other.name()
            + "): "
            + kind,
        other.id());
  }

  // ---- reads ----

  /**
   * The audit log of every committed write, oldest first: the registry's creation, then each {@code
   * add}, {@code addAll}, {@code update}, {@code remove} and rebuild, with the caller's {@link
   * AuditNote} and the {@link #contentHash()} before and after. A registry on disk keeps it in
   * {@code audit-log.tsv} beside the index, each line chained to the one before by its SHA-256; an
   * in-memory registry keeps it for its lifetime.
   */
  public List<AuditEntry> auditLog() {
    return store.auditLog();
  }

  /**
   * The SHA-256 (hex) of the registry's content: every substance as registered (ids, names, codes,
   * class, controls, sources, notes, structure) in id order. Equal content gives an equal hash
   * whatever the order of registration, the directory layout or the derived values; a result that
   * quotes it names the registry state it was computed on.
   */
  public String contentHash() {
    return read(Snapshot::contentHash);
  }

  /** Number of registered substances. */
  public int size() {
    return read(Snapshot::size);
  }

  /** The substance with this id. */
  public Optional<Substance> get(SubstanceId id) {
    Objects.requireNonNull(id, "id");
    return read(snapshot -> snapshot.byId(id));
  }

  /** Every registered substance, ordered by id. */
  public List<Substance> substances() {
    return read(
        snapshot ->
            snapshot.entries().stream()
                .map(Snapshot.Entry::substance)
                .sorted(Comparator.comparing(Substance::id))
                .toList());
  }

  /** The fingerprint type that similarity search compares. */
  public FingerprintType fingerprintType() {
    return store.fingerprintType();
  }

  /**
   * Finds registered substances that the query is (same InChIKey after standardisation, so salts
   * match), and separately those it is a stereoisomer or isotope variant of (same skeleton key).
   */
  public IdentityResult findByStructure(Structure query) {
    return findByStructure(query, SearchFilter.NONE);
  }

  /** {@link #findByStructure(Structure)} restricted by a filter. */
  public IdentityResult findByStructure(Structure query, SearchFilter filter) {
    Objects.requireNonNull(query, "query");
    IdentityKeys keys = query.identityKeys();
    return read(
        snapshot -> {
          List<IdentityMatch> exact = new ArrayList<>();
          snapshot
              .byInchiKey(keys.full())
              .filter(filter)
              .ifPresent(s -> exact.add(match(query, s).orElseThrow()));
          List<IdentityMatch> related = new ArrayList<>();
          for (Substance s : snapshot.relatedCandidates(keys)) {
            if (!s.structure().orElseThrow().inchiKey().equals(keys.full()) && filter.test(s)) {
              match(query, s).ifPresent(related::add);
            }
          }
          related.sort(
              Comparator.comparing((IdentityMatch m) -> m.relation())
                  .thenComparing(m -> m.substance().id()));
          return new IdentityResult(query, exact, related);
        });
  }

  private static Optional<IdentityMatch> match(Structure query, Substance s) {
    IdentityLayer layer =
        query.identityKeys().sharedLayer(s.structure().orElseThrow().identityKeys());
    return Relation.of(layer, query.standardization()).map(r -> new IdentityMatch(s, r));
  }

  /**
   * The registered substances most similar to the query on the registry's fingerprint type ({@link
   * #fingerprintType()}): at most {@code k}, each with a Tanimoto score of at least {@code
   * threshold}, best first (ties by id).
   *
   * @throws IllegalArgumentException unless {@code 0 <= threshold <= 1} and {@code k >= 1}
   */
  public List<SimilarityMatch> findSimilar(Structure query, double threshold, int k) {
    return findSimilar(query, store.fingerprintType(), threshold, k, SearchFilter.NONE);
  }

  /** {@link #findSimilar(Structure, double, int)} restricted by a filter. */
  public List<SimilarityMatch> findSimilar(
      Structure query, double threshold, int k, SearchFilter filter) {
    return findSimilar(query, store.fingerprintType(), threshold, k, filter);
  }

  /**
   * The registered substances most similar to the query on the given fingerprint type, restricted
   * by a filter. The registry's own type ({@link #fingerprintType()}) uses the stored fingerprints;
   * for any other type the registered structures are fingerprinted on the first such search and
   * kept until the next write, so the first search of a type costs one fingerprint per substance.
   *
   * @param query the query structure
   * @param type the fingerprint type compared
   * @param threshold the lowest Tanimoto score returned, in [0, 1]
   * @param k at most this many matches, at least 1
   * @param filter restricts the substances considered
   * @return best first, ties by id
   * @throws IllegalArgumentException unless {@code 0 <= threshold <= 1} and {@code k >= 1}
   */
  public List<SimilarityMatch> findSimilar(
      Structure query, FingerprintType type, double threshold, int k, SearchFilter filter) {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(filter, "filter");
    if (!(threshold >= 0 && threshold <= 1) || k < 1) {
      throw new IllegalArgumentException(
          "need 0 <= threshold <= 1 and k >= 1: threshold " + threshold + ", k " + k);
    }
    return findSimilar(type.fingerprinter().fingerprint(query), type, threshold, k, filter);
  }

  /**
   * {@link #findSimilar(Structure, FingerprintType, double, int, SearchFilter)} for a query whose
   * fingerprint the caller has already computed (a screen fingerprints each candidate once).
   *
   * @param fp the query's fingerprint, of {@code type}
   * @param type the fingerprint type compared
   * @param threshold the lowest Tanimoto score returned, in [0, 1]
   * @param k the most matches returned
   * @param filter restricts the substances considered
   * @return best first, ties by id
   * @throws IllegalArgumentException unless {@code 0 <= threshold <= 1}, {@code k >= 1} and the
   *     fingerprint has the type's bit length
   */
  public List<SimilarityMatch> findSimilar(
      Fingerprint fp, FingerprintType type, double threshold, int k, SearchFilter filter) {
    Objects.requireNonNull(fp, "fp");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(filter, "filter");
    if (!(threshold >= 0 && threshold <= 1) || k < 1) {
      throw new IllegalArgumentException(
          "need 0 <= threshold <= 1 and k >= 1: threshold " + threshold + ", k " + k);
    }
    if (fp.bitLength() != type.bitLength()) {
      throw new IllegalArgumentException(
          "a "
              + type.kind()
              + " fingerprint has "
              + type.bitLength()
              + " bits, not "
              + fp.bitLength());
    }
    return read(
        snapshot -> {
          FingerprintIndex index = snapshot.index(type);
          // Both searches list hits best first (ties by id), so the first k of those at or above
          // the threshold are the same either way; above 0 the threshold search is the cheaper one
          // (it reads only the popcount bins that can reach the threshold and keeps no heap), and
          // the screen asks for similar substances of every candidate.
          List<Hit> hits =
              filter.isEmpty() && threshold == 0
                  ? index.topK(fp, k)
                  : index.threshold(fp, threshold);
          List<SimilarityMatch> matches = new ArrayList<>();
          for (Hit hit : hits) {
            Substance s = snapshot.substance(hit.id());
            if (hit.score() >= threshold && filter.test(s) && matches.size() < k) {
              matches.add(new SimilarityMatch(s, hit.score(), SimilarityMetric.TANIMOTO, type));
            }
          }
          return List.copyOf(matches);
        });
  }

  /**
   * Finds substances by name, synonym or code, tolerant of spelling, spacing, locants, Greek
   * letters, salt words and typos; codes (CAS RN with or without hyphens, InChIKey, id) match
   * exactly. Best first, at most {@code limit}. Each match is a lead; whether the result names one
   * substance is decided by {@link NameResolution#of} (pass it a result of at least {@link
   * NameResolution#SEARCH_LIMIT} matches).
   *
   * @throws NameQueryTooLongException when the text is longer than {@link
   *     NameQueryTooLongException#MAX_LENGTH} characters, before any analysis
   */
  public List<NameMatch> findByName(String text, int limit) {
    return findByName(text, limit, SearchFilter.NONE);
  }

  /** {@link #findByName(String, int)} restricted by a filter. */
  public List<NameMatch> findByName(String text, int limit, SearchFilter filter) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(filter, "filter");
    return search(searcher -> NameSearcher.search(searcher, text, limit, filter));
  }

  /**
   * Finds substances by a fielded query in Lucene syntax, for power users: fields {@code name}
   * (folded like names), {@code code}, {@code class} (e.g. {@code fentanyl}, {@code nitazene}),
   * {@code jurisdiction} (e.g. {@code un-1961}), {@code schedule}; e.g. {@code name:furanyl* AND
   * class:fentanyl}.
   *
   * @throws IllegalArgumentException when the query does not parse
   * @throws NameQueryTooLongException when the query is longer than {@link
   *     NameQueryTooLongException#MAX_LENGTH} characters, before it is parsed
   */
  public List<NameMatch> findByLuceneQuery(String luceneSyntax, int limit) {
    return findByLuceneQuery(luceneSyntax, limit, SearchFilter.NONE);
  }

  /** {@link #findByLuceneQuery(String, int)} restricted by a filter. */
  public List<NameMatch> findByLuceneQuery(String luceneSyntax, int limit, SearchFilter filter) {
    Objects.requireNonNull(luceneSyntax, "luceneSyntax");
    Objects.requireNonNull(filter, "filter");
    return search(searcher -> NameSearcher.query(searcher, luceneSyntax, limit, filter));
  }

  /**
   * Registered substances that contain the query (SMARTS or a structure), screened by pattern
   * fingerprint before graph matching, within a time bound.
   *
   * @param limit at most this many hits
   * @param timeout bound on the whole search; a search that reaches it returns what it found with
   *     {@link SubstructureResult#timedOut()} set
   */
  public SubstructureResult findSubstructure(SubstructureQuery query, int limit, Duration timeout) {
    return findSubstructure(query, limit, timeout, SearchFilter.NONE);
  }

  /**
   * {@link #findSubstructure(SubstructureQuery, int, Duration)} over the substances that pass a
   * filter only: the limit counts passing hits, and {@link SubstructureResult#examined()} counts
   * passing substances.
   */
  public SubstructureResult findSubstructure(
      SubstructureQuery query, int limit, Duration timeout, SearchFilter filter) {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(filter, "filter");
    return read(
        snapshot -> {
          SubstructureSearcher searcher =
              filter.isEmpty()
                  ? snapshot.substructureSearcher()
                  : snapshot.substructureSearcher(filter);
          SubstructureSearchResult result = searcher.search(query, limit, timeout);
          List<SubstructureHitOfSubstance> hits = new ArrayList<>();
          for (SubstructureHit hit : result.hits()) {
            // A target's id is its position in the snapshot, also in a filtered searcher (and
            // substances without structure are no targets).
            Substance s = snapshot.substance(Integer.parseInt(hit.id()));
            hits.add(new SubstructureHitOfSubstance(s, hit.match()));
          }
          return new SubstructureResult(
              hits, result.examined(), result.screenedOut(), result.timedOut());
        });
  }

  /**
   * Registered substances whose formula (of the standardised structure, as {@link
   * Structure#formula()}) has the same atoms as this one, ordered by id.
   */
  public List<Substance> findByFormula(MolecularFormula formula) {
    return findByFormula(formula, SearchFilter.NONE);
  }

  /** {@link #findByFormula(MolecularFormula)} restricted by a filter. */
  public List<Substance> findByFormula(MolecularFormula formula, SearchFilter filter) {
    Objects.requireNonNull(formula, "formula");
    Objects.requireNonNull(filter, "filter");
    return read(
        snapshot ->
            snapshot.entries().stream()
                .map(Snapshot.Entry::substance)
                .filter(
                    s ->
                        s.structure().map(x -> formula.matches(x.formula())).orElse(false)
                            && filter.test(s))
                .sorted(Comparator.comparing(Substance::id))
                .toList());
  }

  /**
   * Registered substances whose neutral monoisotopic mass (of the standardised structure) lies in
   * the window, each with its ppm error; closest first, ties by id. The window is a neutral mass:
   * subtract an adduct first (see {@code core.mass.Adduct}).
   */
  public List<MassMatch> findByMass(MassWindow window) {
    return findByMass(window, SearchFilter.NONE);
  }

  /** {@link #findByMass(MassWindow)} restricted by a filter. */
  public List<MassMatch> findByMass(MassWindow window, SearchFilter filter) {
    Objects.requireNonNull(window, "window");
    Objects.requireNonNull(filter, "filter");
    return read(
        snapshot ->
            snapshot.entries().stream()
                .map(Snapshot.Entry::substance)
                .filter(
                    s ->
                        s.structure().map(x -> window.contains(x.monoisotopicMass())).orElse(false)
                            && filter.test(s))
                .map(
                    s -> {
                      double mass = s.structure().orElseThrow().monoisotopicMass();
                      return new MassMatch(s, mass, window.ppmErrorOf(mass));
                    })
                .sorted(
                    Comparator.comparingDouble((MassMatch m) -> Math.abs(m.ppmError()))
                        .thenComparing(m -> m.substance().id()))
                .toList());
  }

  @Override
  public void close() throws IOException {
    store.close();
  }

  private interface SearcherFunction<T> {
    T apply(RegistrySearcher searcher) throws IOException;
  }

  /** Whether Lucene holds the substances yet; for tests that a read does not load it. */
  boolean luceneIndexed() {
    return store.indexed();
  }

  /** A read of the current state alone: in memory, it never needs Lucene. */
  private <T> T read(java.util.function.Function<Snapshot, T> function) {
    try {
      return function.apply(store.snapshot());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private <T> T search(SearcherFunction<T> function) {
    try {
      RegistrySearcher searcher = store.acquire();
      try {
        return function.apply(searcher);
      } finally {
        store.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
