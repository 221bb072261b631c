package org.opioidregistry.search;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.core.UpperCaseFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;
import org.opioidregistry.core.fingerprint.Fingerprint;
import org.opioidregistry.core.fingerprint.FingerprintType;
import org.opioidregistry.core.fingerprint.Fingerprinter;
import org.opioidregistry.core.substance.Substance;
import org.opioidregistry.core.substance.SubstanceId;
import org.opioidregistry.search.name.ChemicalNameAnalyzer;

/**
 * The Lucene side of a registry: one {@link IndexWriter} per directory, writes serialised and
 * committed whole, and a {@link SearcherManager} whose searchers carry the matching {@link
 * Snapshot}. The commit user data records the schema and fingerprint spec.
 *
 * <p>Thread-safe: any number of readers, writes one at a time.
 */
final class RegistryStore implements Closeable {

  static final String SCHEMA_KEY = "opioid-registry.schema";
  static final String FINGERPRINT_KEY = "opioid-registry.fingerprint";

  /** The audit entry of the write that made the commit (see {@link AuditLog}). */
  static final String AUDIT_KEY = "opioid-registry.audit";

  // Through Loggers: without an SLF4J provider, no "No SLF4J providers" warning on stderr.
  private static final org.slf4j.Logger LOG =
      org.opioidregistry.core.internal.Loggers.of(RegistryStore.class);

  /**
   * Older schemas whose documents still hold everything a substance is made of (only derived values
   * are missing), so that {@link Registry.OpenMode#REBUILD} can rewrite them.
   */
  private static final Set<String> REBUILDABLE_SCHEMAS = Set.of("3");

  // Directory, writer and searchers are made by the constructor, or, for a store in memory, by
  // index() when Lucene is first needed; then under the write lock, before searchers is published.
  private Directory directory;

  /** Null when the store was opened read-only (then it takes no write lock), or not yet indexed. */
  private IndexWriter writer;

  private volatile SearcherManager searchers;

  /**
   * The whole state of an in-memory store whose documents are not yet in Lucene, or null. Reads
   * that need no Lucene (identity, similarity, formula, mass) and writes work on it alone; a name
   * search or a Lucene query first indexes it ({@link #index()}). The bundled registry is opened on
   * every start of the command-line tool, and most of its runs never search a name, so they never
   * pay for Lucene's classes and indexing (half a second of a cold start, measured with
   * -Xlog:class+load).
   */
  private volatile Snapshot unindexed;

  private final FingerprintType fingerprintType;
  private final Fingerprinter fingerprinter;
  private final PrecomputedFingerprints precomputed;
  private final boolean readOnly;
  private final ReentrantLock writeLock = new ReentrantLock();

  /**
   * Made when first needed (the index writer of a store on disk, or a write's indexable check): the
   * bundled registry opened by every start of the command-line tool needs neither, and Lucene's
   * analysis classes are then not loaded.
   */
  private final Supplier<Analyzer> analyzer = Suppliers.memoize(RegistryStore::analyzer);

  /** The snapshot of the commit being published; read by the searcher factory on refresh. */
  private volatile Snapshot publishing;

  private volatile boolean failed;
  private volatile boolean closed;

  /** An empty store in memory; Lucene is not touched until a name search or query needs it. */
  private RegistryStore(FingerprintType type, PrecomputedFingerprints precomputed) {
    this.fingerprintType = type;
    this.fingerprinter = Fingerprinter.of(type);
    this.precomputed = precomputed;
    this.readOnly = false;
    this.unindexed = Snapshot.of(List.of(), type);
    this.audit = AuditLog.inMemory();
    this.clock = java.time.Clock.systemUTC();
  }

  /** Guarded by {@link #writeLock} for appends; reads take a copy under the same lock. */
  private final AuditLog audit;

  private final java.time.Clock clock;

  private RegistryStore(
      Directory directory,
      java.nio.file.Path logDirectory,
      FingerprintType type,
      Registry.OpenMode mode,
      java.time.Clock clock)
      throws IOException {
    this.directory = directory;
    this.clock = clock;
    this.fingerprintType = type;
    this.fingerprinter = Fingerprinter.of(type);
    this.precomputed = PrecomputedFingerprints.NONE;
    this.readOnly = mode == Registry.OpenMode.READ_ONLY;
    boolean existed = DirectoryReader.indexExists(directory);
    if (readOnly && !existed) {
      throw new java.nio.file.NoSuchFileException(
          directory.toString(), null, "no registry here to open read-only");
    }
    boolean rebuild = false;
    this.audit =
        logDirectory == null ? AuditLog.inMemory() : AuditLog.read(logDirectory, !readOnly);
    if (existed) {
      Map<String, String> data = SegmentInfos.readLatestCommit(directory).getUserData();
      catchUpAuditLog(data.get(AUDIT_KEY), logDirectory, readOnly);
      String schema = data.get(SCHEMA_KEY);
      if (!SubstanceDocuments.SCHEMA_VERSION.equals(schema)) {
        if (mode != Registry.OpenMode.REBUILD || !REBUILDABLE_SCHEMAS.contains(schema)) {
          throw new IncompatibleRegistryException(
              "the registry was written with schema "
                  + schema
                  + "; this version reads schema "
                  + SubstanceDocuments.SCHEMA_VERSION
                  + (REBUILDABLE_SCHEMAS.contains(schema)
                      ? "; open it with OpenMode.REBUILD to recompute its identity keys and"
                          + " fingerprints from the stored structures"
                      : " and cannot upgrade it"));
        }
        rebuild = true;
      }
      String spec = data.get(FINGERPRINT_KEY);
      if (!type.spec().equals(spec)) {
        if (mode != Registry.OpenMode.REBUILD_FINGERPRINTS && mode != Registry.OpenMode.REBUILD) {
          throw new IncompatibleRegistryException(
              "the registry's fingerprints are '"
                  + spec
                  + "' but this version computes '"
                  + type.spec()
                  + "'; open it with OpenMode.REBUILD_FINGERPRINTS (or REBUILD) to recompute"
                  + " them");
        }
        rebuild = true;
      }
    }
    if (readOnly) {
      this.writer = null;
      this.searchers = new SearcherManager(directory, new SnapshotSearcherFactory());
      return;
    }
    this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer.get()));
    try {
      if (!existed) {
        String empty = ContentHash.of(List.of());
        commitAndLog(
            audit.next(
                AuditEntry.Operation.CREATE,
                List.of(),
                AuditNote.UNATTRIBUTED,
                empty,
                empty,
                clock.instant()));
      } else if (rebuild) {
        rebuildDerivedValues();
      }
      this.searchers = new SearcherManager(writer, new SnapshotSearcherFactory());
    } catch (IOException | RuntimeException e) {
      writer.rollback();
      throw e;
    }
  }

  /**
   * Opens a store.
   *
   * @param logDirectory where the audit log file lives, or null to keep the log in memory
   * @throws CorruptRegistryException when a file is damaged, missing or cut short: Lucene checks
   *     the checksums of the commit point on open, and {@link #load} those of every segment before
   *     the snapshot reads it
   */
  static RegistryStore open(
      Directory directory,
      java.nio.file.Path logDirectory,
      FingerprintType type,
      Registry.OpenMode mode,
      java.time.Clock clock)
      throws IOException {
    try {
      return new RegistryStore(directory, logDirectory, type, mode, clock);
    } catch (CorruptIndexException
        | IndexFormatTooOldException
        | IndexFormatTooNewException
        | java.io.EOFException e) {
      directory.close();
      throw new CorruptRegistryException(directory.toString(), describe(e), e);
    } catch (java.nio.file.NoSuchFileException | java.io.FileNotFoundException e) {
      if (!DirectoryReader.indexExists(directory)) {
        directory.close();
        throw e; // no registry here at all: not a damaged one
      }
      directory.close();
      throw new CorruptRegistryException(
          directory.toString(), "a file the last commit lists is missing: " + e.getMessage(), e);
    } catch (org.apache.lucene.store.LockObtainFailedException e) {
      directory.close();
      throw new RegistryInUseException(directory.toString(), e);
    } catch (IncompatibleRegistryException e) {
      directory.close();
      throw e;
    } catch (RuntimeException e) {
      // Decoding a damaged file that no checksum covers can fail in any way (an index out of
      // bounds, a negative length). Reported as damage, with the cause for a bug report.
      directory.close();
      throw new CorruptRegistryException(directory.toString(), "unreadable: " + e, e);
    }
  }

  private static String describe(Exception e) {
    String message = e.getMessage() == null ? e.toString() : e.getMessage();
    return message.length() > 300 ? message.substring(0, 300) + "..." : message;
  }

  /**
   * An empty store in memory.
   *
   * @param precomputed fingerprints to take instead of computing them, where it has them
   */
  static RegistryStore inMemory(FingerprintType type, PrecomputedFingerprints precomputed) {
    return new RegistryStore(type, precomputed);
  }

  /**
   * The commit holds the entry of the last write; when the process died before appending it to the
   * file, append it now (or, read-only, show it without writing).
   */
  private void catchUpAuditLog(String encoded, java.nio.file.Path logDirectory, boolean readOnly)
      throws IOException {
    if (encoded == null) {
      return; // written before audit logs existed (schema 3 and older)
    }
    AuditEntry committed = AuditLog.decode(encoded, java.nio.file.Path.of(AUDIT_KEY), 1);
    if (committed.sequence() == audit.lastSequence() + 1
        && committed.previousEntryHash().equals(audit.lastLineHash())) {
      audit.append(committed, !readOnly && logDirectory != null);
      LOG.warn(
          "audit entry {} was committed but missing from the log file{}",
          committed.sequence(),
          readOnly ? " (read-only: not appended)" : "; appended now");
    } else if (committed.sequence() != audit.lastSequence()) {
      throw new IOException(
          "the registry's last commit is audit entry "
              + committed.sequence()
              + " but its audit log ends at entry "
              + audit.lastSequence()
              + ": the log file does not belong to this index (restored from another backup?)");
    }
  }

  /** The audit log, oldest entry first. */
  List<AuditEntry> auditLog() {
    writeLock.lock();
    try {
      return audit.entries();
    } finally {
      writeLock.unlock();
    }
  }

  /**
   * The analyzer of every field: chemical-name folding for names, codes upper-cased without
   * punctuation, other fields whole and lower-cased (the forms the store writes them in).
   */
  static Analyzer analyzer() {
    return new PerFieldAnalyzerWrapper(
        new LowerCaseKeywordAnalyzer(),
        Map.of(
            SubstanceDocuments.NAME,
            new ChemicalNameAnalyzer(ChemicalNameAnalyzer.Mode.WHOLE_NAME),
            SubstanceDocuments.NAME_TRIGRAMS,
            new ChemicalNameAnalyzer(ChemicalNameAnalyzer.Mode.TRIGRAMS),
            SubstanceDocuments.CODE,
            new CodeAnalyzer()));
  }

  /** Whole value, lower case: class ids, jurisdictions, schedules. */
  private static final class LowerCaseKeywordAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      KeywordTokenizer tokenizer = new KeywordTokenizer();
      return new TokenStreamComponents(tokenizer, new LowerCaseFilter(tokenizer));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return new LowerCaseFilter(in);
    }
  }

  /** Whole value, upper case, letters and digits only: "437-38-7" and "437387" meet. */
  private static final class CodeAnalyzer extends Analyzer {
    private static final Pattern PUNCTUATION = Pattern.compile("[^A-Z0-9]");

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      KeywordTokenizer tokenizer = new KeywordTokenizer();
      return new TokenStreamComponents(tokenizer, normalize(fieldName, tokenizer));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return new PatternReplaceFilter(new UpperCaseFilter(in), PUNCTUATION, "", true);
    }
  }

  FingerprintType fingerprintType() {
    return fingerprintType;
  }

  /**
   * Checks that the substance can be indexed as it is, so that a write is refused before anything
   * reaches the index writer.
   *
   * @throws InvalidSubstanceException when a searchable value is too long to index
   */
  void checkIndexable(Substance s, Fingerprint fingerprint) {
    IndexableCheck.check(s, SubstanceDocuments.toDocument(s, fingerprint), analyzer.get());
  }

  /** The substance's fingerprint; null for a substance without structure. */
  Fingerprint fingerprint(Substance s) {
    return s.structure()
        .map(
            structure ->
                precomputed
                    .find(structure, fingerprintType)
                    .orElseGet(() -> fingerprinter.fingerprint(structure)))
        .orElse(null);
  }

  /**
   * The state of the current commit. A reader that needs Lucene as well acquires a searcher
   * instead, which carries the snapshot of its own commit.
   */
  Snapshot snapshot() throws IOException {
    Snapshot s = unindexed;
    if (s != null) {
      return s;
    }
    RegistrySearcher searcher = acquire();
    try {
      return searcher.snapshot();
    } finally {
      release(searcher);
    }
  }

  /** Whether the substances are in Lucene yet (always, except for a store in memory). */
  boolean indexed() {
    return unindexed == null;
  }

  /** Acquires the current searcher, indexing first if need be; the caller must {@link #release}. */
  RegistrySearcher acquire() throws IOException {
    ensureUsable();
    if (unindexed != null) {
      index();
    }
    return (RegistrySearcher) searchers.acquire();
  }

  /** Puts an in-memory store's substances into Lucene, once, as one commit. */
  private void index() throws IOException {
    writeLock.lock();
    try {
      Snapshot state = unindexed;
      if (state == null) {
        return;
      }
      Directory memory = new ByteBuffersDirectory();
      IndexWriter w = new IndexWriter(memory, new IndexWriterConfig(analyzer()));
      try {
        for (Snapshot.Entry e : state.entries()) {
          w.addDocument(SubstanceDocuments.toDocument(e.substance(), e.fingerprint()));
        }
        // The in-memory store's writes are audited in memory already; this commit adds no write.
        commit(w, null);
        publishing = state;
        searchers = new SearcherManager(w, new SnapshotSearcherFactory());
      } catch (IOException | RuntimeException e) {
        w.rollback();
        throw e;
      }
      directory = memory;
      writer = w;
      unindexed = null;
    } finally {
      writeLock.unlock();
    }
  }

  void release(RegistrySearcher searcher) throws IOException {
    searchers.release(searcher);
  }

  /**
   * A write: what to delete (by id) and what documents to add, all committed together, how the
   * audit log describes it, and, when it was computed ahead, the content hash after it (the bundled
   * registry's first write: {@link BundledContentHash}).
   */
  record Change(
      Set<SubstanceId> deleted,
      List<Snapshot.Entry> added,
      AuditEntry.Operation operation,
      List<String> ids,
      AuditNote note,
      Optional<String> contentHashAfter) {

    /** A change whose content hash after it is computed. */
    Change(
        Set<SubstanceId> deleted,
        List<Snapshot.Entry> added,
        AuditEntry.Operation operation,
        List<String> ids,
        AuditNote note) {
      this(deleted, added, operation, ids, note, Optional.empty());
    }
  }

  /**
   * Applies a validated change in one commit and publishes the new snapshot.
   *
   * @param validate checks the change against the current snapshot under the write lock, and throws
   *     to refuse it before anything is written
   */
  <T> T write(java.util.function.Function<Snapshot, PreparedWrite<T>> validate) throws IOException {
    if (readOnly) {
      throw new IllegalStateException("the registry was opened read-only (OpenMode.READ_ONLY)");
    }
    writeLock.lock();
    try {
      ensureUsable();
      Snapshot snapshot = snapshot();
      PreparedWrite<T> prepared = validate.apply(snapshot);
      Change change = prepared.change();
      Snapshot next = snapshot.with(change.deleted(), change.added(), change.contentHashAfter());
      AuditEntry entry =
          audit.next(
              change.operation(),
              change.ids(),
              change.note(),
              snapshot.contentHash(),
              next.contentHash(),
              clock.instant());
      if (unindexed != null) {
        // Nothing in Lucene yet: the new state is the commit, audited in memory like any write.
        unindexed = next;
        appendCommitted(entry);
        return prepared.result();
      }
      try {
        for (SubstanceId id : change.deleted()) {
          writer.deleteDocuments(new Term(SubstanceDocuments.ID, id.value()));
        }
        for (Snapshot.Entry e : change.added()) {
          writer.addDocument(SubstanceDocuments.toDocument(e.substance(), e.fingerprint()));
        }
        commit(entry);
      } catch (IOException | RuntimeException e) {
        failed = true;
        writer.rollback();
        throw new IOException(
            "write failed and was rolled back, nothing of it was committed; the registry is"
                + " closed and must be reopened: "
                + e.getMessage(),
            e);
      }
      appendCommitted(entry);
      publishing = next;
      searchers.maybeRefreshBlocking();
      return prepared.result();
    } finally {
      writeLock.unlock();
    }
  }

  /** A validated change and the value to return once it is committed. */
  record PreparedWrite<T>(Change change, T result) {}

  private void commit(AuditEntry entry) throws IOException {
    commit(writer, entry);
  }

  /** Commits with the schema, the fingerprint spec and, for a write, its audit entry. */
  private void commit(IndexWriter w, AuditEntry entry) throws IOException {
    Map<String, String> data = new HashMap<>();
    data.put(SCHEMA_KEY, SubstanceDocuments.SCHEMA_VERSION);
    data.put(FINGERPRINT_KEY, fingerprintType.spec());
    if (entry != null) {
      data.put(AUDIT_KEY, AuditLog.encode(entry));
    }
    w.setLiveCommitData(data.entrySet());
    w.commit();
  }

  private void commitAndLog(AuditEntry entry) throws IOException {
    commit(entry);
    appendCommitted(entry);
  }

  /**
   * The write is committed: a failure to append its entry to the file must not be reported as a
   * failed write. The commit holds the entry, and the next writable open appends it.
   */
  private void appendCommitted(AuditEntry entry) {
    try {
      audit.append(entry, true);
    } catch (IOException e) {
      LOG.warn(
          "audit entry {} is committed but could not be appended to the log file ({}); the next"
              + " open appends it",
          entry.sequence(),
          e.toString());
    }
  }

  /**
   * Rewrites every document from the substance it holds: fingerprints with this version's spec,
   * identity keys computed again, the current schema. One commit.
   */
  private void rebuildDerivedValues() throws IOException {
    List<Substance> substances = new ArrayList<>();
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        StoredFields stored = leaf.reader().storedFields();
        Bits live = leaf.reader().getLiveDocs();
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          if (live == null || live.get(doc)) {
            substances.add(SubstanceDocuments.toSubstance(stored.document(doc)));
          }
        }
      }
    }
    for (Substance s : substances) {
      writer.updateDocument(
          new Term(SubstanceDocuments.ID, s.id().value()),
          SubstanceDocuments.toDocument(s, fingerprint(s)));
    }
    String hash = ContentHash.of(substances);
    commitAndLog(
        audit.next(
            AuditEntry.Operation.REBUILD,
            List.of(),
            AuditNote.UNATTRIBUTED,
            hash,
            hash,
            clock.instant()));
  }

  private Snapshot load(IndexReader reader) throws IOException {
    List<Snapshot.Entry> entries = new ArrayList<>(reader.numDocs());
    for (LeafReaderContext context : reader.leaves()) {
      LeafReader leaf = context.reader();
      // Every file of the segment against its checksum, before anything is decoded: a flipped
      // byte in stored fields decodes silently into a wrong mass. A sequential read, about a
      // tenth of the time the snapshot takes to build from the same files.
      leaf.checkIntegrity();
      StoredFields stored = leaf.storedFields();
      BinaryDocValues fingerprints = leaf.getBinaryDocValues(SubstanceDocuments.FINGERPRINT);
      Bits live = leaf.getLiveDocs();
      for (int doc = 0; doc < leaf.maxDoc(); doc++) {
        if (live != null && !live.get(doc)) {
          continue;
        }
        Document document = stored.document(doc);
        Substance substance = SubstanceDocuments.toSubstance(document);
        Fingerprint fp = null;
        if (substance.hasStructure()) {
          if (fingerprints == null || !fingerprints.advanceExact(doc)) {
            throw new IOException(
                "document " + document.get(SubstanceDocuments.ID) + " has no fingerprint");
          }
          fp =
              SubstanceDocuments.fingerprint(
                  fingerprints.binaryValue(), fingerprintType.bitLength());
        }
        entries.add(new Snapshot.Entry(substance, fp));
      }
    }
    return Snapshot.of(entries, fingerprintType);
  }

  private void ensureUsable() {
    if (closed) {
      throw new AlreadyClosedException("this registry is closed");
    }
    if (failed) {
      throw new IllegalStateException(
          "the registry was closed after a failed write; open it again");
    }
  }

  @Override
  public void close() throws IOException {
    writeLock.lock();
    try {
      closed = true;
      unindexed = null;
      if (!failed && searchers != null) {
        searchers.close();
        if (writer != null) {
          writer.close();
        }
      }
    } finally {
      writeLock.unlock();
      if (directory != null) {
        directory.close();
      }
    }
  }

  /** Pairs each new reader with the snapshot being published, or loads one from the reader. */
  private final class SnapshotSearcherFactory extends SearcherFactory {
    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader)
        throws IOException {
      Snapshot snapshot = publishing;
      return new RegistrySearcher(reader, snapshot != null ? snapshot : load(reader));
    }
  }
}
