package org.opioidregistry.identify;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.opioidregistry.core.classdef.ClassDefinition;
import org.opioidregistry.core.classdef.ClassDefinitions;
import org.opioidregistry.core.classdef.ClassEvaluation;
import org.opioidregistry.core.fingerprint.Fingerprint;
import org.opioidregistry.core.fingerprint.FingerprintType;
import org.opioidregistry.core.fingerprint.Fingerprinter;
import org.opioidregistry.core.mass.MassWindow;
import org.opioidregistry.core.mass.MolecularFormula;
import org.opioidregistry.core.query.DetectedQuery;
import org.opioidregistry.core.query.QueryDetector;
import org.opioidregistry.core.query.QueryKind;
import org.opioidregistry.core.query.QueryReading;
import org.opioidregistry.core.structure.InputFormat;
import org.opioidregistry.core.structure.ParseLimits;
import org.opioidregistry.core.structure.PentavalentNitrogen;
import org.opioidregistry.core.structure.PreparedStructure;
import org.opioidregistry.core.structure.Structure;
import org.opioidregistry.core.structure.StructureParseException;
import org.opioidregistry.core.structure.StructureParser;
import org.opioidregistry.core.substance.Code;
import org.opioidregistry.core.substance.Control;
import org.opioidregistry.core.substance.InForce;
import org.opioidregistry.core.substance.ListedForm;
import org.opioidregistry.core.substance.ListingScope;
import org.opioidregistry.core.substance.Substance;
import org.opioidregistry.core.substance.SubstanceId;
import org.opioidregistry.search.BundledRegistry;
import org.opioidregistry.search.IdentityMatch;
import org.opioidregistry.search.IdentityResult;
import org.opioidregistry.search.NameMatch;
import org.opioidregistry.search.NameMatchKind;
import org.opioidregistry.search.NameQueryTooLongException;
import org.opioidregistry.search.NameResolution;
import org.opioidregistry.search.Registry;
import org.opioidregistry.search.Relation;
import org.opioidregistry.search.SearchFilter;
import org.opioidregistry.search.SimilarityMatch;

/**
 * Identifies a query against a registry: reads it (SMILES, InChI, MOL block, InChIKey, CAS RN,
 * formula, exact mass, or a name, with systematic names read by OPSIN), standardises its structure,
 * and decides the {@link Verdict} with every ground for it. The command line, the server and batch
 * jobs all call this one class, so that they give the same answer.
 *
 * <pre>{@code
 * Identifier identifier = Identifier.bundled();          // build once, share
 * Identification id = identifier.identify("CCC(=O)N(c1ccc(F)cc1)C1CCN(CCc2ccccc2)CC1.Cl");
 * id.verdict();                                           // LISTED (para-fluorofentanyl, SALT)
 * identifier.withSimilarityThreshold(0.7).identify(...);  // a copy with other settings
 * }</pre>
 *
 * <p>How each kind of query is read:
 *
 * <ul>
 *   <li>A structure (SMILES, InChI, MOL block) is parsed within {@link ParseLimits#DEFAULT} and
 *       standardised. When a short text reads as SMILES but finds nothing, and also reads as a name
 *       or formula ("CO", "NPP"), those readings are tried in that order; the first that finds
 *       something wins and a warning says so.
 *   <li>An InChIKey or CAS RN identifies only a registered substance with that code.
 *   <li>A name identifies a substance by an exact registered name or code; failing that, a
 *       systematic name that OPSIN reads is taken at its word (a name that shares most letters with
 *       a registered one can be another substance); failing that, a typo of one registered name.
 *       Names about equally close to several registered names give {@link
 *       Verdict#LISTED_CANDIDATES}; partial matches are leads only.
 *   <li>A formula or an exact mass gives the registered substances that fit as candidates.
 * </ul>
 *
 * <p>A query is never read as a file name. Immutable and thread-safe: one identifier serves any
 * number of threads; the registry it reads is the caller's to close (for {@link #bundled()}, an
 * in-memory registry that needs no closing).
 */
public final class Identifier {

  /** Name matches reported per name query. */
  private static final int NAME_LIMIT = 10;

  /** The data version of the bundled reference data: they are released with the software. */
  private static final String BUNDLED_DATA_VERSION = "bundled " + BuildInfo.version();

  /** The data version of a registry whose owner named none. */
  private static final String UNNAMED_DATA_VERSION = "unnamed";

  private final Registry registry;
  private final IdentifierSettings settings;
  private final OpsinNames opsin;
  private final QueryDetector detector;
  private final String dataVersion;

  /**
   * Computed once per identifier; replaced only when the registry's content hash changes (a write
   * to a writable registry), which costs one memoised read per query to notice.
   */
  private volatile ProvenanceContext provenance;

  /**
   * The listings that extend to pentavalent nitrogen derivatives, keyed once (computed on the first
   * query with such a nitrogen; replaced when the registry's content hash changes).
   */
  private volatile PentavalentScope pentavalentScope;

  private Identifier(
      Registry registry, IdentifierSettings settings, OpsinNames opsin, String dataVersion) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.opsin = opsin;
    this.dataVersion = Objects.requireNonNull(dataVersion, "dataVersion");
    this.provenance = ProvenanceContext.of(registry.contentHash(), dataVersion, settings);
    // Never the file system: a text that happens to name a file is a name here.
    this.detector = QueryDetector.textOnly();
  }

  /**
   * An identifier over the bundled reference data (an in-memory registry, {@link
   * BundledRegistry#open()}), with default settings. The build verified the data and computed their
   * keys and fingerprints; the first name query indexes the names: share the identifier.
   *
   * @return the identifier
   */
  public static Identifier bundled() {
    return new Identifier(
        BundledRegistry.open(),
        IdentifierSettings.defaults(),
        new OpsinNames(),
        BUNDLED_DATA_VERSION);
  }

  /**
   * An identifier over any registry (e.g. a laboratory's own, opened with {@link
   * Registry#open(java.nio.file.Path)}), with default settings. The caller keeps the registry and
   * closes it after the last identification.
   *
   * @param registry the registry to identify against
   * @return the identifier
   */
  public static Identifier over(Registry registry) {
    return new Identifier(
        registry, IdentifierSettings.defaults(), new OpsinNames(), UNNAMED_DATA_VERSION);
  }

  /**
   * An identifier over the registry in a directory, opened in the given mode, whose provenance
   * names the directory as its data version ({@code registry DIR}: a laboratory's registry has no
   * other version). The command line, the server and the Spark job all open a registry directory
   * through this, so that the same directory gives the same provenance everywhere. The caller
   * closes {@link #registry()} after the last identification.
   *
   * <pre>{@code
   * Identifier id = Identifier.overDirectory(dir, Registry.OpenMode.READ_ONLY);
   * try (Registry r = id.registry()) { ... id.identify(query) ... }
   * }</pre>
   *
   * @param directory the registry directory, as the user named it
   * @param mode how to open it; {@link Registry.OpenMode#READ_ONLY} (several processes may read one
   *     directory at once) needs an existing registry and creates nothing
   * @return the identifier
   * @throws java.nio.file.NoSuchFileException when opening read-only where there is no registry
   * @throws IOException as {@link Registry#open(Path, Registry.OpenMode)} throws (incompatible,
   *     damaged, or in use by a writer)
   */
  public static Identifier overDirectory(Path directory, Registry.OpenMode mode)
      throws IOException {
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(mode, "mode");
    Registry registry = Registry.open(directory, mode);
    try {
      return new Identifier(
          registry, IdentifierSettings.defaults(), new OpsinNames(), "registry " + directory);
    } catch (RuntimeException e) {
      registry.close(); // an open writable registry would lock the directory until exit
      throw e;
    }
  }

  /**
   * Returns the settings identifications are decided under.
   *
   * @return the settings
   */
  public IdentifierSettings settings() {
    return settings;
  }

  /**
   * Returns the part of the provenance every identification by this identifier shares (software,
   * versions, registry content hash and data version, settings, class definitions), computed once.
   *
   * @return the shared provenance, for the registry's current content
   */
  public ProvenanceContext provenance() {
    ProvenanceContext current = provenance;
    String hash = registry.contentHash();
    if (!current.registryContentHash().equals(hash)) {
      current = current.withRegistryContentHash(hash);
      provenance = current;
    }
    return current;
  }

  /**
   * Returns a copy whose provenance names this data version (the bundled data's is {@code bundled
   * VERSION}; any other registry's {@code unnamed} until its owner names one).
   *
   * @param version the data version, as the registry's owner names it
   * @return the copy
   */
  public Identifier withDataVersion(String version) {
    return new Identifier(registry, settings, opsin, version);
  }

  /**
   * Returns the registry this identifier reads.
   *
   * @return the registry
   */
  public Registry registry() {
    return registry;
  }

  /**
   * Returns a copy that reports similar substances from this score up.
   *
   * @param threshold 0 to 1
   * @return the copy
   * @throws IllegalArgumentException when out of range
   */
  public Identifier withSimilarityThreshold(double threshold) {
    return with(
        new IdentifierSettings(
            threshold,
            settings.similarCount(),
            settings.fingerprint(),
            settings.classDefinitions(),
            settings.namePolicy(),
            settings.asOf(),
            settings.filter()));
  }

  /**
   * Returns a copy that reports at most this many similar substances.
   *
   * @param count 0 to {@link IdentifierSettings#MAX_SIMILAR_COUNT}
   * @return the copy
   * @throws IllegalArgumentException when out of range
   */
  public Identifier withSimilarCount(int count) {
    return with(
        new IdentifierSettings(
            settings.similarityThreshold(),
            count,
            settings.fingerprint(),
            settings.classDefinitions(),
            settings.namePolicy(),
            settings.asOf(),
            settings.filter()));
  }

  /**
   * Returns a copy that computes similarity with this fingerprint type.
   *
   * @param type the fingerprint type
   * @return the copy
   */
  public Identifier withFingerprint(FingerprintType type) {
    return with(
        new IdentifierSettings(
            settings.similarityThreshold(),
            settings.similarCount(),
            type,
            settings.classDefinitions(),
            settings.namePolicy(),
            settings.asOf(),
            settings.filter()));
  }

  /**
   * Returns a copy that evaluates these generic definitions (none: no class verdicts).
   *
   * @param definitions the definitions, evaluated and reported in this order
   * @return the copy
   */
  public Identifier withClassDefinitions(Collection<? extends ClassDefinition> definitions) {
    return with(
        new IdentifierSettings(
            settings.similarityThreshold(),
            settings.similarCount(),
            settings.fingerprint(),
            List.copyOf(definitions),
            settings.namePolicy(),
            settings.asOf(),
            settings.filter()));
  }

  /**
   * Returns a copy that applies this name-match policy.
   *
   * @param policy the policy
   * @return the copy
   */
  public Identifier withNamePolicy(NamePolicy policy) {
    return with(
        new IdentifierSettings(
            settings.similarityThreshold(),
            settings.similarCount(),
            settings.fingerprint(),
            settings.classDefinitions(),
            policy,
            settings.asOf(),
            settings.filter()));
  }

  /**
   * Returns a copy that counts only the controls in force on a date.
   *
   * @param date the date
   * @return the copy
   */
  public Identifier withAsOf(LocalDate date) {
    return with(
        new IdentifierSettings(
            settings.similarityThreshold(),
            settings.similarCount(),
            settings.fingerprint(),
            settings.classDefinitions(),
            settings.namePolicy(),
            Optional.of(date),
            settings.filter()));
  }

  /**
   * Returns a copy whose {@code similar} and {@code names} lists hold only substances the filter
   * lets through (e.g. fentanyl analogues controlled in the US), for a reviewer who looks at one
   * class or one jurisdiction.
   *
   * <p>The filter narrows what is shown, never what is decided: identity (listed matches and
   * isomers), class definitions, formula and mass candidates, name resolution and the verdict are
   * decided on the whole registry, exactly as without a filter, so that a filtered view can never
   * turn a listed substance into "no listed match". A {@link Verdict#SIMILAR_TO_LISTED} verdict
   * therefore stands even when every similar listed substance is filtered out of the list; the
   * record's settings name the filter ({@code settings.filter} in the JSON), so a reader sees that
   * the lists were narrowed. The {@link Screener} does not apply it.
   *
   * @param filter the filter; {@link SearchFilter#NONE} for none
   * @return the copy
   */
  public Identifier withFilter(SearchFilter filter) {
    return with(
        new IdentifierSettings(
            settings.similarityThreshold(),
            settings.similarCount(),
            settings.fingerprint(),
            settings.classDefinitions(),
            settings.namePolicy(),
            settings.asOf(),
            Objects.requireNonNull(filter, "filter")));
  }

  private Identifier with(IdentifierSettings next) {
    return new Identifier(registry, next, opsin, dataVersion);
  }

  /**
   * Identifies a text whose kind is detected.
   *
   * @param query SMILES, InChI, MOL block, InChIKey, CAS RN, formula or name
   * @return the identification
   * @throws BadQueryException when the query cannot be read
   */
  public Identification identify(String query) {
    return identify(Query.detect(query));
  }

  /**
   * Identifies a standardised structure (e.g. one the caller parsed from its own file).
   *
   * @param structure the structure
   * @return the identification
   */
  public Identification identify(Structure structure) {
    Query query = Query.of(QueryKind.SMILES, structure.canonicalSmiles());
    Identification.Builder found =
        new Identification.Builder(query, QueryKind.SMILES, settings, provenance());
    return identifyStructure(found, structure, StructureSource.INPUT).build();
  }

  /**
   * Identifies a query.
   *
   * @param query the query
   * @return the identification
   * @throws BadQueryException when the query cannot be read
   */
  public Identification identify(Query query) {
    Objects.requireNonNull(query, "query");
    if (query.mass().isPresent()) {
      return massQuery(query, query.mass().get());
    }
    String text = query.text();
    checkLength(text);
    if (query.kind().isPresent()) {
      return read(query, query.kind().get(), text);
    }
    DetectedQuery detected;
    try {
      detected = detector.detect(text);
    } catch (IllegalArgumentException e) {
      throw BadQueryException.of(
          text, text.isBlank() ? QueryProblem.EMPTY : QueryProblem.SYNTAX, e.getMessage());
    }
    Identification first = read(query, detected.kind(), detected.reading().text());
    if (first.foundSomething() || !detected.isAmbiguous()) {
      return first;
    }
    // "CO", "437387": nothing in the first reading; the others, in the detector's order, may find
    // something.
    for (QueryReading other : detected.alternatives()) {
      Identification alternative;
      try {
        alternative = read(query, other.kind(), other.text());
      } catch (BadQueryException e) {
        continue;
      }
      if (alternative.foundSomething()) {
        return withWarning(
            alternative,
            "read as "
                + other.kind()
                + ": the "
                + detected.kind()
                + " reading found nothing in this registry");
      }
    }
    return first;
  }

  /**
   * Identifies every query, {@code threads} at a time, handing one outcome per query to the sink in
   * input order from the calling thread. A query that cannot be read gives an outcome with its
   * error and the others go on; memory stays bounded however many queries come.
   *
   * @param queries the queries, read on the calling thread
   * @param threads worker threads, at least 1
   * @param sink receives the outcomes in input order, on the calling thread
   */
  public void identifyAll(Iterator<Query> queries, int threads, Consumer<RecordOutcome> sink) {
    OrderedBatch.run(queries, threads, "opioid-registry-identify", this::outcome, sink);
  }

  private RecordOutcome outcome(long record, Query query) {
    try {
      return new RecordOutcome(
          record, query, Optional.of(identify(query).withRecord(record)), Optional.empty());
    } catch (BadQueryException e) {
      return new RecordOutcome(record, query, Optional.empty(), Optional.of(e));
    }
  }

  /** Refuses oversize text before any parser or detector sees it. */
  private static void checkLength(String text) {
    ParseLimits limits = ParseLimits.DEFAULT;
    boolean multiLine = text.indexOf('\n') >= 0;
    int limit = multiLine ? limits.maxMolfileCharacters() : limits.maxCharacters();
    if (text.length() > limit) {
      throw BadQueryException.of(
          text.substring(0, 60) + "...",
          QueryProblem.TOO_LONG,
          "the query has "
              + text.length()
              + " characters; at most "
              + limit
              + (multiLine ? " for a MOL block" : " for a one-line query")
              + " are read");
    }
  }

  private Identification read(Query query, QueryKind kind, String text) {
    Identification.Builder found = new Identification.Builder(query, kind, settings, provenance());
    return switch (kind) {
      case SMILES ->
          identifyStructure(found, parse(text, InputFormat.SMILES), StructureSource.INPUT).build();
      case INCHI ->
          identifyStructure(found, parse(text, InputFormat.INCHI), StructureSource.INPUT).build();
      case MOL_BLOCK ->
          identifyStructure(found, parse(text, InputFormat.MOLFILE), StructureSource.INPUT).build();
      case INCHIKEY -> codeQuery(found, text);
      case CAS_RN -> {
        try {
          Code.cas(text);
        } catch (IllegalArgumentException e) {
          throw BadQueryException.of(text, QueryProblem.INVALID_CODE, e.getMessage());
        }
        yield codeQuery(found, text);
      }
      case FORMULA -> formulaQuery(found, text);
      case NAME -> nameQuery(found, text);
      case FILE, MASS -> throw new IllegalArgumentException(kind + " is not a text query");
    };
  }

  /**
   * {@link #identify(Query)} for a structure query (its kind given as SMILES or MOL block) that the
   * screen has already parsed and standardised: the same identification, because {@link
   * PreparedStructure#structure()} is the structure {@code identify} parses from the same text (one
   * code path), without reading the text a second time.
   */
  Identification identify(Query query, PreparedStructure prepared) {
    checkLength(query.text());
    Identification.Builder found =
        new Identification.Builder(query, query.kind().orElseThrow(), settings, provenance());
    Structure structure;
    try {
      structure = prepared.structure();
    } catch (StructureParseException e) {
      throw BadQueryException.of(query.text(), e);
    }
    return identifyStructure(found, structure, StructureSource.INPUT, Optional.of(prepared))
        .build();
  }

  private static Structure parse(String text, InputFormat format) {
    try {
      return StructureParser.parse(text, format, ParseLimits.DEFAULT);
    } catch (StructureParseException e) {
      throw BadQueryException.of(text, e);
    }
  }

  /**
   * The heart of it: what the registry knows of a structure, and the verdict. Every verdict for a
   * structure is decided here, by the rules {@link Verdict} states.
   */
  private Identification.Builder identifyStructure(
      Identification.Builder found, Structure structure, StructureSource source) {
    return identifyStructure(found, structure, source, Optional.empty());
  }

  /**
   * {@link #identifyStructure(Identification.Builder, Structure, StructureSource)} for a structure
   * whose prepared form the caller has ({@code prepared}, of which {@code structure} is the {@link
   * PreparedStructure#structure()}): the query's fingerprint is then computed on the prepared
   * graph, as the screen computes it, equal to the one computed on the structure (the kernels are
   * checked against CDK in ScreenKernelsTest), without rebuilding the graph from the canonical
   * SMILES.
   */
  private Identification.Builder identifyStructure(
      Identification.Builder found,
      Structure structure,
      StructureSource source,
      Optional<PreparedStructure> prepared) {
    found.structure(structure, source);
    ReadOnlyGraph graph = new ReadOnlyGraph(structure);
    IdentityResult identity = registry.findByStructure(structure);
    // An exact registration without a control is the registry's word that this very substance is
    // not controlled (an excepted isomer): its isomers' listings then do not make it a listed
    // isomer.
    boolean registeredUncontrolled =
        identity.exact().stream().anyMatch(m -> controlsInForce(m.substance()).isEmpty());
    List<ListedMatch> listed = new ArrayList<>();
    Set<SubstanceId> seen = new HashSet<>();
    boolean listedExact = false;
    boolean listedIsomer = false;
    for (IdentityMatch m : identity.exact()) {
      List<Control> controls = controlsInForce(m.substance());
      listed.add(new ListedMatch(m.substance(), m.relation(), controls, !controls.isEmpty()));
      seen.add(m.substance().id());
      listedExact |= !controls.isEmpty();
    }
    for (IdentityMatch m : identity.related()) {
      List<Control> controls = controlsInForce(m.substance());
      // A listing's named exception (dextromethorphan under racemethorphan) is not covered by it.
      List<Control> extending =
          controls.stream().filter(c -> !c.scope().excludes(structure.inchiKey())).toList();
      boolean counts = !extending.isEmpty() && !registeredUncontrolled;
      listed.add(new ListedMatch(m.substance(), m.relation(), controls, counts));
      seen.add(m.substance().id());
      listedIsomer |= counts;
      if (extending.size() < controls.size()) {
        found.warn(
            "named as an exception of the listing of "
                + m.substance().name()
                + ": that listing does not extend to it");
      }
      if (counts && extending.stream().noneMatch(c -> c.scope().coversStereoisomers())) {
        found.warn(
            "the listing of "
                + m.substance().name()
                + " records no extension to isomers; its treaty's general isomer clause is"
                + " assumed (check the schedule's wording)");
      }
    }
    if (!registeredUncontrolled) {
      for (ListedMatch m : pentavalentNitrogenMatches(structure, graph, seen)) {
        listed.add(m);
        seen.add(m.substance().id());
        listedIsomer = true;
      }
    }
    List<SimilarityMatch> similar = List.of();
    boolean similarListed = false;
    if (settings.similarCount() > 0) {
      // The verdict is the whole registry's; a filter only narrows the list shown.
      Fingerprinter fingerprinter = settings.fingerprint().fingerprinter();
      Fingerprint fp =
          prepared.isPresent()
              ? fingerprinter.fingerprint(prepared.get())
              : fingerprinter.fingerprint(structure);
      List<SimilarityMatch> nearest = similar(fp, seen, SearchFilter.NONE);
      similarListed = nearest.stream().anyMatch(m -> !controlsInForce(m.substance()).isEmpty());
      similar = filtered() ? similar(fp, seen, settings.filter()) : nearest;
      if (filtered()
          && similarListed
          && similar.stream().allMatch(m -> controlsInForce(m.substance()).isEmpty())) {
        found.warn(
            "similar to listed substances that the filter hides: the verdict is the whole"
                + " registry's");
      }
    }
    List<ClassDefinitionResult> definitions = new ArrayList<>();
    boolean covered = false;
    for (ClassDefinition definition : settings.classDefinitions()) {
      ClassDefinitionResult result =
          ClassDefinitionResult.of(definition, evaluate(definition, structure, graph, prepared));
      definitions.add(result);
      if (result.covered()) {
        if (inEffect(definition)) {
          covered = true;
        } else {
          found.warn(
              definition.id()
                  + " covers it, but took effect only on "
                  + definition.effectiveDate().orElseThrow()
                  + ", after the \"as of\" date");
        }
      }
    }
    Verdict verdict;
    if (listedExact) {
      verdict = Verdict.LISTED;
    } else if (listedIsomer) {
      verdict = Verdict.LISTED_ISOMER;
    } else if (covered) {
      verdict = Verdict.COVERED_BY_CLASS_DEFINITION;
    } else if (similarListed) {
      verdict = Verdict.SIMILAR_TO_LISTED;
    } else {
      verdict = Verdict.NO_LISTED_MATCH;
    }
    if (registeredUncontrolled && !identity.related().isEmpty()) {
      found.warn(
          "registered as a substance without a control in force; the controls of its isomers do"
              + " not extend to it");
    }
    if (structure.standardization().removedUnknownOrganic()) {
      found.warn("an unknown organic fragment was removed: the input may be a mixture");
    }
    return found.listed(listed).similar(similar).classDefinitions(definitions).verdict(verdict);
  }

  /** The bundled definitions: their {@code evaluate(Structure)} is the interface's default. */
  private static final Set<ClassDefinition> BUNDLED_DEFINITIONS =
      Set.copyOf(ClassDefinitions.all());

  /**
   * {@code definition.evaluate(structure)}. For a bundled definition (whose {@code
   * evaluate(Structure)} is {@code evaluate(structure.atomContainer())}) the answer comes, where
   * the screen's scaffold test rules the definition's scaffold out, from {@link
   * ClassDefinitions#screenedOut(ClassDefinition, PreparedStructure)} (the evaluation the
   * definition gives without reading the structure, as the screen decides its other records), else
   * from the one graph shared by the readers of this identification ({@code evaluate} does not
   * modify it).
   */
  private static ClassEvaluation evaluate(
      ClassDefinition definition,
      Structure structure,
      ReadOnlyGraph graph,
      Optional<PreparedStructure> prepared) {
    if (!BUNDLED_DEFINITIONS.contains(definition)) {
      return definition.evaluate(structure);
    }
    if (prepared.isPresent()) {
      Optional<ClassEvaluation> known = ClassDefinitions.screenedOut(definition, prepared.get());
      if (known.isPresent()) {
        return known.get();
      }
    }
    return definition.evaluate(graph.get());
  }

  /**
   * The structure's CDK graph, rebuilt from its canonical SMILES on the first call (a SMILES parse
   * and an aromaticity perception, each time {@link Structure#atomContainer()} is called) and then
   * shared by the readers of one identification that do not modify it: the pentavalent nitrogen
   * test and the class definitions. Not for callers that change the graph.
   */
  private static final class ReadOnlyGraph {
    private final Structure structure;
    private IAtomContainer graph;

    ReadOnlyGraph(Structure structure) {
      this.structure = structure;
    }

    IAtomContainer get() {
      if (graph == null) {
        graph = structure.atomContainer();
      }
      return graph;
    }
  }

  /**
   * The listings whose scope names the pentavalent nitrogen derivatives of an amine ({@link
   * ListingScope#coversPentavalentNitrogenDerivatives}) that reach the query: one of the query's
   * tertiary parents shares its skeleton with the amine the listed substance derives from (its own
   * tertiary parent when it is itself a quaternary salt or an N-oxide, as morphine methobromide is,
   * else the substance), or the query derives so from an ester or ether of that amine and the
   * control names esters or ethers as well (the 1961 Schedule I's "esters and ethers" of "other
   * pentavalent nitrogen morphine derivatives": heroin N-oxide, N-methylcodeinium). Substances
   * already matched by identity ({@code seen}) are left out; only the controls that extend so much
   * are given, and a named exception is not reached.
   */
  private List<ListedMatch> pentavalentNitrogenMatches(
      Structure structure, ReadOnlyGraph graph, Set<SubstanceId> seen) {
    if (!PentavalentNitrogen.isPresent(graph.get())) {
      return List.of();
    }
    PentavalentScope scope = pentavalentScope();
    List<ListedMatch> matches = new ArrayList<>();
    Set<SubstanceId> reached = new HashSet<>(seen);
    List<Structure> parents = scope.candidateParents(structure);
    if (!parents.isEmpty()) {
      Set<String> skeletons = new HashSet<>();
      parents.forEach(p -> skeletons.add(p.skeletonKey()));
      for (PentavalentScope.Entry entry : scope.entries()) {
        Substance s = entry.substance();
        if (reached.contains(s.id())
            || entry.amineSkeletons().stream().noneMatch(skeletons::contains)) {
          continue;
        }
        List<Control> extending = pentavalentControls(s, structure, listing -> true);
        if (!extending.isEmpty()) {
          matches.add(
              new ListedMatch(s, Relation.PENTAVALENT_NITROGEN_DERIVATIVE, extending, true));
          reached.add(s.id());
        }
      }
    }
    // The Schedule's esters and ethers of a pentavalent nitrogen derivative (heroin N-oxide):
    // only a control whose wording names the derivatives and the esters (or ethers) reaches it.
    for (PentavalentScope.EsterEtherReach r : scope.esterEtherReach(structure)) {
      Substance s = r.entry().substance();
      if (reached.contains(s.id())) {
        continue;
      }
      List<Control> extending =
          pentavalentControls(
              s,
              structure,
              listing ->
                  (!r.substitution().esters() || listing.covers(ListedForm.ESTERS))
                      && (!r.substitution().ethers() || listing.covers(ListedForm.ETHERS)));
      if (!extending.isEmpty()) {
        matches.add(new ListedMatch(s, Relation.PENTAVALENT_NITROGEN_DERIVATIVE, extending, true));
        reached.add(s.id());
      }
    }
    return matches;
  }

  /**
   * The controls of a listed substance in force that extend to pentavalent nitrogen derivatives,
   * whose scope also passes {@code forms}, and whose named exceptions leave the query out.
   */
  private List<Control> pentavalentControls(
      Substance s, Structure query, Predicate<ListingScope> forms) {
    return controlsInForce(s).stream()
        .filter(c -> c.scope().coversPentavalentNitrogenDerivatives())
        .filter(c -> forms.test(c.scope()))
        .filter(c -> !c.scope().excludes(query.inchiKey()))
        .toList();
  }

  /**
   * Whether a screened record with a pentavalent nitrogen can reach a listing through its tertiary
   * parent ({@link PentavalentScope#mayReach}): the screen sends only such records on.
   */
  boolean pentavalentScopeMayReach(PreparedStructure prepared) {
    return prepared.hasPentavalentNitrogen() && pentavalentScope().mayReach(prepared);
  }

  /** The registered side of the pentavalent-nitrogen listings, for the registry's content now. */
  private PentavalentScope pentavalentScope() {
    PentavalentScope current = pentavalentScope;
    if (current == null || !current.isFor(registry.contentHash())) {
      current = PentavalentScope.of(registry);
      pentavalentScope = current;
    }
    return current;
  }

  /**
   * The most similar substances the filter lets through, listed matches ({@code seen}) left out: as
   * many more are asked for as there are listed matches, which are among the hits.
   */
  private List<SimilarityMatch> similar(
      Fingerprint fp, Set<SubstanceId> seen, SearchFilter filter) {
    List<SimilarityMatch> similar = new ArrayList<>();
    for (SimilarityMatch m :
        registry.findSimilar(
            fp,
            settings.fingerprint(),
            settings.similarityThreshold(),
            settings.similarCount() + seen.size(),
            filter)) {
      if (!seen.contains(m.substance().id()) && similar.size() < settings.similarCount()) {
        similar.add(m);
      }
    }
    return similar;
  }

  /** Whether the settings narrow the lists shown. */
  private boolean filtered() {
    return !settings.filter().isEmpty();
  }

  /** Candidates decide the verdict of queries that do not determine a structure. */
  private static Verdict candidatesVerdict(List<CandidateMatch> candidates) {
    return candidates.stream().anyMatch(CandidateMatch::controlled)
        ? Verdict.LISTED_CANDIDATES
        : Verdict.NO_LISTED_MATCH;
  }

  /** An InChIKey or CAS RN: only a registered substance with that code can be named. */
  private Identification codeQuery(Identification.Builder found, String text) {
    // A code matches exactly or not at all: a near miss is another substance's code.
    List<NameMatch> exact =
        names(text).stream().filter(m -> m.kind() == NameMatchKind.CODE).toList();
    found.names(exact.stream().filter(m -> settings.filter().test(m.substance())).toList());
    if (exact.isEmpty()) {
      found.warn("no registered substance has this code");
      return found.build();
    }
    return byName(found, NameResolution.of(exact));
  }

  private Identification formulaQuery(Identification.Builder found, String text) {
    MolecularFormula formula;
    try {
      formula = MolecularFormula.parse(text);
    } catch (IllegalArgumentException e) {
      throw BadQueryException.of(text, QueryProblem.INVALID_FORMULA, e.getMessage());
    }
    List<CandidateMatch> candidates =
        registry.findByFormula(formula).stream()
            .map(
                s ->
                    new CandidateMatch(
                        s,
                        CandidateMatch.Basis.FORMULA,
                        controlsInForce(s),
                        OptionalDouble.empty()))
            .toList();
    return found
        .formula(formula)
        .candidates(candidates)
        .verdict(candidatesVerdict(candidates))
        .build();
  }

  private Identification massQuery(Query query, MassQuery mass) {
    Identification.Builder found =
        new Identification.Builder(query, QueryKind.MASS, settings, provenance());
    MassWindow window = mass.window();
    List<CandidateMatch> candidates =
        registry.findByMass(window).stream()
            .map(
                m ->
                    new CandidateMatch(
                        m.substance(),
                        CandidateMatch.Basis.MASS,
                        controlsInForce(m.substance()),
                        OptionalDouble.of(m.ppmError())))
            .toList();
    return found.candidates(candidates).verdict(candidatesVerdict(candidates)).build();
  }

  /**
   * A name. A registered name or code decides; else a systematic name OPSIN reads (a name that
   * shares most letters with a registered one can be another substance: "...propanethioamide" is
   * not "...propanamide"); else one typo that the name search's {@link NameResolution} accepts as
   * unambiguous; names about equally close to several are candidates; partial matches are leads.
   */
  private Identification nameQuery(Identification.Builder found, String text) {
    // The name is resolved on the whole registry; a filter only narrows the list shown.
    List<NameMatch> matches = names(text);
    found.names(filtered() ? names(text, settings.filter()) : matches);
    NameResolution resolution = NameResolution.of(matches);
    boolean exact =
        resolution.outcome() != NameResolution.Outcome.NOT_FOUND
            && resolution.outcome() != NameResolution.Outcome.LEADS_ONLY
            && resolution.candidates().get(0).kind() != NameMatchKind.TYPO;
    if (exact) {
      return byName(found, resolution);
    }
    OpsinNames.Result opsinSays =
        text.length() <= ParseLimits.DEFAULT.maxCharacters()
            ? opsin.parse(text)
            : new OpsinNames.Result(Optional.empty(), "too long for a systematic name");
    if (opsinSays.structure().isPresent()) {
      return identifyStructure(found, opsinSays.structure().get(), StructureSource.OPSIN).build();
    }
    if (resolution.outcome() == NameResolution.Outcome.IDENTIFIED
        || resolution.outcome() == NameResolution.Outcome.AMBIGUOUS) {
      return byName(found, resolution);
    }
    String why = "OPSIN cannot read it as a systematic name (" + opsinSays.problem() + ")";
    found.warn(
        matches.isEmpty()
            ? "no registered name matches, and " + why
            : "only partial name matches: leads, not an identification; " + why);
    return found.build();
  }

  /** The name search's matches, a query too long to be a name being bad input. */
  private List<NameMatch> names(String text) {
    return names(text, SearchFilter.NONE);
  }

  private List<NameMatch> names(String text, SearchFilter filter) {
    try {
      return registry.findByName(text, NameResolution.SEARCH_LIMIT, filter);
    } catch (NameQueryTooLongException e) {
      throw BadQueryException.of(text, QueryProblem.TOO_LONG, e.getMessage());
    }
  }

  /**
   * Identifies the structure a resolved name or code names, or reports the candidates it fits: an
   * ambiguous name, or a typo when the policy allows exact names only.
   */
  private Identification byName(Identification.Builder found, NameResolution resolution) {
    NameMatch best = resolution.candidates().get(0);
    boolean typoRefused =
        best.kind() == NameMatchKind.TYPO && settings.namePolicy() == NamePolicy.EXACT_ONLY;
    if (resolution.outcome() == NameResolution.Outcome.AMBIGUOUS || typoRefused) {
      List<CandidateMatch> candidates =
          resolution.candidates().stream()
              .map(
                  m ->
                      new CandidateMatch(
                          m.substance(),
                          CandidateMatch.Basis.NAME,
                          controlsInForce(m.substance()),
                          OptionalDouble.empty()))
              .toList();
      found.warn(
          typoRefused
              ? "a misspelt name identifies nothing under the EXACT_ONLY name policy: "
                  + best.explanation()
              : resolution.reason() + ": candidates, not an identification");
      return found.candidates(candidates).verdict(candidatesVerdict(candidates)).build();
    }
    if (best.kind() == NameMatchKind.TYPO) {
      found.warn("identified through a misspelt name: " + resolution.reason());
    }
    if (!best.substance().hasStructure()) {
      // Opium, coca leaf: a substance without a defined structure is identified by name alone.
      found.warn(best.substance().name() + " has no defined structure: identified by name only");
      List<Control> controls = controlsInForce(best.substance());
      return found
          .listed(
              List.of(
                  new ListedMatch(best.substance(), Relation.NAMED, controls, !controls.isEmpty())))
          .verdict(controls.isEmpty() ? Verdict.NO_LISTED_MATCH : Verdict.LISTED)
          .build();
    }
    return identifyStructure(
            found, best.substance().structure().orElseThrow(), StructureSource.REGISTRY)
        .build();
  }

  /** Whether a generic definition was in effect on the "as of" date (an unknown date counts). */
  private boolean inEffect(ClassDefinition definition) {
    return settings.asOf().isEmpty()
        || definition.effectiveDate().isEmpty()
        || !definition.effectiveDate().get().isAfter(settings.asOf().get());
  }

  /**
   * The substance's controls that count: without an "as of" date, every control that has not ended;
   * with one, those in force on that day, and those whose imprecise dates leave it open (a wrong
   * "not controlled" is the worse error; the control's certainty is shown beside it).
   */
  List<Control> controlsInForce(Substance substance) {
    if (settings.asOf().isEmpty()) {
      return substance.controls().stream().filter(c -> !c.hasEnded()).toList();
    }
    LocalDate day = settings.asOf().get();
    return substance.controls().stream()
        .filter(
            c -> {
              InForce state = c.inForceOn(day);
              return state == InForce.IN_FORCE || state == InForce.UNCERTAIN;
            })
        .toList();
  }

  private static Identification withWarning(Identification identification, String warning) {
    List<String> warnings = new ArrayList<>(identification.warnings());
    warnings.add(0, warning);
    return new Identification(
        identification.query(),
        identification.record(),
        identification.detectedAs(),
        identification.structure(),
        identification.structureSource(),
        identification.formula(),
        identification.verdict(),
        identification.listed(),
        identification.classDefinitions(),
        identification.similar(),
        identification.names(),
        identification.candidates(),
        warnings,
        identification.settings(),
        identification.provenance());
  }
}
