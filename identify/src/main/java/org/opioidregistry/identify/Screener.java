package org.opioidregistry.identify;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.opioidregistry.core.classdef.ClassDefinition;
import org.opioidregistry.core.classdef.ClassDefinitions;
import org.opioidregistry.core.classdef.ClassEvaluation;
import org.opioidregistry.core.fingerprint.Fingerprint;
import org.opioidregistry.core.fingerprint.Fingerprinter;
import org.opioidregistry.core.query.QueryKind;
import org.opioidregistry.core.structure.IdentityPrecheck;
import org.opioidregistry.core.structure.InputFormat;
import org.opioidregistry.core.structure.ParseLimits;
import org.opioidregistry.core.structure.PreparedStructure;
import org.opioidregistry.core.structure.StructureParseException;
import org.opioidregistry.core.structure.StructureParser;
import org.opioidregistry.core.substance.Substance;
import org.opioidregistry.search.SearchFilter;
import org.opioidregistry.search.SimilarityMatch;

/**
 * Screens many structure records against a registry with the verdicts of an {@link Identifier},
 * spending the expensive steps only where they can change the answer.
 *
 * <p>Each record is parsed and standardised once ({@link StructureParser#prepare}). Two cheap
 * checks then decide whether the full identification can find more than similarity: an {@link
 * IdentityPrecheck} (can the structure share an InChIKey skeleton with a registered one? does it
 * have a pentavalent nitrogen, which a listing's scope may reach?) and the class definitions'
 * scaffold screens ({@link ClassDefinitions#screenedOut}). A record that passes either goes to
 * {@link Identifier#identify(Query)} itself, so its result is the identifier's by construction. For
 * every other record no identity match is possible and every definition answers "not covered" (both
 * proved where the checks are defined), so the identifier's verdict can only come from similarity:
 * the screen fingerprints the parent once and asks the registry for the similar substances exactly
 * as the identifier does, without computing InChI at all (unless keys are asked for with {@link
 * #withKeys}).
 *
 * <pre>{@code
 * Screener screener = Screener.of(Identifier.bundled());
 * ScreenResult r = screener.screen(Query.of(QueryKind.SMILES, "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1"));
 * r.verdict();   // LISTED, as identify gives
 * screener.screenAll(queries, 2, outcome -> write(outcome));
 * }</pre>
 *
 * <p>Queries of another kind than SMILES or MOL block (names, codes, undetected text) are simply
 * identified. Immutable and thread-safe: build one per registry and share it.
 */
public final class Screener {

  /** Records handed to the workers at once: enough to keep them busy, few enough to stream. */
  private final Identifier identifier;

  private final IdentityPrecheck precheck;
  private final Fingerprinter fingerprinter;
  private final boolean keys;

  private Screener(
      Identifier identifier, IdentityPrecheck precheck, Fingerprinter fingerprinter, boolean keys) {
    this.identifier = identifier;
    this.precheck = precheck;
    this.fingerprinter = fingerprinter;
    this.keys = keys;
  }

  /**
   * A screener with the identifier's registry and settings. Building it reads every registered
   * structure once.
   *
   * @param identifier the identifier whose verdicts the screen gives
   * @return the screener, without keys for every record
   */
  public static Screener of(Identifier identifier) {
    Objects.requireNonNull(identifier, "identifier");
    List<org.opioidregistry.core.structure.Structure> registered = new ArrayList<>();
    for (Substance s : identifier.registry().substances()) {
      s.structure().ifPresent(registered::add);
    }
    return new Screener(
        identifier,
        IdentityPrecheck.of(registered),
        identifier.settings().fingerprint().fingerprinter(),
        false);
  }

  /**
   * Returns a copy that computes the InChIKey of every record (one InChI per record), not only of
   * those identified in full.
   *
   * @param value true for keys on every record
   * @return the copy
   */
  public Screener withKeys(boolean value) {
    return new Screener(identifier, precheck, fingerprinter, value);
  }

  /**
   * Returns the identifier whose verdicts this screen gives.
   *
   * @return the identifier
   */
  public Identifier identifier() {
    return identifier;
  }

  /**
   * Screens one query.
   *
   * @param query the query
   * @return the result
   * @throws BadQueryException when the query cannot be read, as {@link Identifier#identify(Query)}
   *     would throw, or determines no structure ({@link QueryProblem#NOT_A_STRUCTURE}: a formula, a
   *     mass or a name without one structure)
   */
  public ScreenResult screen(Query query) {
    return screen(0, query);
  }

  private ScreenResult screen(long record, Query query) {
    Objects.requireNonNull(query, "query");
    Optional<InputFormat> format = structureFormat(query);
    if (format.isEmpty()) {
      return identified(record, query);
    }
    PreparedStructure prepared;
    try {
      prepared = StructureParser.prepare(query.text(), format.get(), ParseLimits.DEFAULT);
    } catch (StructureParseException e) {
      throw BadQueryException.of(query.text(), e);
    }
    if (precheck.mayMatch(prepared) || identifier.pentavalentScopeMayReach(prepared)) {
      // An identity match is possible, or a listing's scope may reach it through its tertiary
      // parent (a quaternary salt, an N-oxide of a listed amine), which the skeleton pre-check
      // cannot see; any other quaternary ammonium is decided here.
      return identified(record, query, prepared);
    }
    List<ClassDefinitionResult> definitions = new ArrayList<>();
    for (ClassDefinition d : identifier.settings().classDefinitions()) {
      Optional<ClassEvaluation> known = ClassDefinitions.screenedOut(d, prepared);
      if (known.isEmpty()) {
        return identified(record, query, prepared); // the definition may cover it
      }
      definitions.add(ClassDefinitionResult.of(d, known.get()));
    }
    return similarOnly(record, query, prepared, definitions);
  }

  /**
   * A record with no identity match and no covering definition: as the identifier decides it,
   * similarity alone gives the verdict.
   */
  private ScreenResult similarOnly(
      long record,
      Query query,
      PreparedStructure prepared,
      List<ClassDefinitionResult> definitions) {
    IdentifierSettings settings = identifier.settings();
    List<SimilarityMatch> similar = List.of();
    boolean similarListed = false;
    if (settings.similarCount() > 0) {
      Fingerprint fp = fingerprinter.fingerprint(prepared);
      similar =
          identifier
              .registry()
              .findSimilar(
                  fp,
                  settings.fingerprint(),
                  settings.similarityThreshold(),
                  settings.similarCount(),
                  SearchFilter.NONE);
      // The identifier decides which controls count (in force, as of its date): ask it.
      similarListed =
          similar.stream().anyMatch(m -> !identifier.controlsInForce(m.substance()).isEmpty());
    }
    List<String> warnings = new ArrayList<>();
    if (prepared.standardization().removedUnknownOrganic()) {
      warnings.add("an unknown organic fragment was removed: the input may be a mixture");
    }
    Optional<String> inchiKey;
    try {
      inchiKey = keys ? Optional.of(prepared.inchiKey()) : Optional.empty();
    } catch (StructureParseException e) {
      throw BadQueryException.of(query.text(), e);
    }
    return new ScreenResult(
        record,
        query,
        similarListed ? Verdict.SIMILAR_TO_LISTED : Verdict.NO_LISTED_MATCH,
        Optional.empty(),
        inchiKey,
        Optional.empty(),
        prepared.formula(),
        prepared.monoisotopicMass(),
        prepared.standardization(),
        List.of(),
        similar,
        definitions,
        warnings,
        // The screen computed no identity keys here: that is what it saves.
        new Provenance(
            query.text(),
            Provenance.sha256(query.text()),
            prepared.standardization().describe(),
            Optional.empty(),
            identifier.provenance()));
  }

  private ScreenResult identified(long record, Query query) {
    return identified(record, identifier.identify(query));
  }

  /** A structure record sent on, identified from the structure the screen already prepared. */
  private ScreenResult identified(long record, Query query, PreparedStructure prepared) {
    return identified(record, identifier.identify(query, prepared));
  }

  private ScreenResult identified(long record, Identification id) {
    Query query = id.query();
    if (id.structure().isEmpty()) {
      // A formula, a mass or a name without one structure (a line of a text file): the screen's
      // verdicts are about structures, so this record gets an error row and the batch goes on.
      throw BadQueryException.of(
          query.text(),
          QueryProblem.NOT_A_STRUCTURE,
          "the screen needs a structure, and this query reads as "
              + id.detectedAs()
              + " without one: identify it instead");
    }
    return ScreenResult.of(record, record > 0 ? id.withRecord(record) : id);
  }

  /**
   * The structure format the fast path reads, for queries whose kind is given as a structure and
   * whose text the identifier would not refuse before parsing (over-long text goes to the
   * identifier, so that its refusal is the identifier's).
   */
  private static Optional<InputFormat> structureFormat(Query query) {
    if (query.kind().isEmpty() || query.mass().isPresent()) {
      return Optional.empty();
    }
    QueryKind kind = query.kind().get();
    String text = query.text();
    if (kind == QueryKind.SMILES && text.length() <= ParseLimits.DEFAULT.maxCharacters()) {
      return Optional.of(InputFormat.SMILES);
    }
    if (kind == QueryKind.MOL_BLOCK
        && text.length() <= ParseLimits.DEFAULT.maxMolfileCharacters()) {
      return Optional.of(InputFormat.MOLFILE);
    }
    return Optional.empty();
  }

  /**
   * Screens every query, {@code threads} at a time, handing one outcome per query to the sink in
   * input order from the calling thread. A query that cannot be read gives an outcome with its
   * error and the others go on; memory stays bounded however many queries come.
   *
   * @param queries the queries, read on the calling thread
   * @param threads worker threads, at least 1
   * @param sink receives the outcomes in input order, on the calling thread
   */
  public void screenAll(Iterator<Query> queries, int threads, Consumer<ScreenOutcome> sink) {
    OrderedBatch.run(queries, threads, "opioid-registry-screen", this::outcome, sink);
  }

  private ScreenOutcome outcome(long record, Query query) {
    try {
      return new ScreenOutcome(record, query, Optional.of(screen(record, query)), Optional.empty());
    } catch (BadQueryException e) {
      return new ScreenOutcome(record, query, Optional.empty(), Optional.of(e));
    }
  }
}
