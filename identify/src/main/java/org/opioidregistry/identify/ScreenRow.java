package org.opioidregistry.identify;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.opioidregistry.core.structure.RemovedFragment;
import org.opioidregistry.core.structure.Standardization;
import org.opioidregistry.core.structure.Structure;
import org.opioidregistry.search.SimilarityMatch;

/**
 * One record of a screen as a flat, typed row: the columns of {@code screen --format tsv}, in its
 * order, with numbers as numbers, lists as lists and absent values as empty instead of blank text.
 * Columnar outputs (Parquet files, Spark jobs) write this one row, so that every output of a screen
 * has the same columns with the same meaning.
 *
 * <pre>{@code
 * screener.screenAll(queries, 2, outcome -> {
 *   ScreenRow row = ScreenRow.of(outcome);
 *   row.verdict();     // Optional[SIMILAR_TO_LISTED]; empty for a record that could not be read
 *   row.error();       // Optional["SYNTAX: ..."] for that record
 * });
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param query the query as shown ({@link Query#shownAs()})
 * @param detectedAs what the query was read as (a {@code QueryKind} name), unless it could not be
 *     read
 * @param record the one-based record number, in a batch
 * @param smiles the canonical SMILES of the standardised parent, where it was computed
 * @param inchiKey the standard InChIKey of the parent, where it was computed
 * @param formula the parent's Hill formula
 * @param monoisotopicMass the parent's monoisotopic mass (Da)
 * @param removed the names of the fragments standardisation removed, in order
 * @param verdict the verdict, unless the record could not be read
 * @param listed the registered substances the structure is or is a form of, with the relation
 * @param similar the most similar registered substances, best first, with the score
 * @param classDefinitions the class definitions that cover the structure, with their jurisdiction
 * @param candidates for a formula, mass or ambiguous name, the fitting substances with the basis
 * @param nameMatches for a name or code, the matching substances with the kind of match
 * @param warnings what the reader should know about the record
 * @param error why the record could not be read ({@code PROBLEM: message}), if so
 */
public record ScreenRow(
    String query,
    Optional<String> detectedAs,
    OptionalLong record,
    Optional<String> smiles,
    Optional<String> inchiKey,
    Optional<String> formula,
    OptionalDouble monoisotopicMass,
    List<String> removed,
    Optional<Verdict> verdict,
    List<Link> listed,
    List<Scored> similar,
    List<Link> classDefinitions,
    List<Link> candidates,
    List<Link> nameMatches,
    List<String> warnings,
    Optional<String> error) {

  /**
   * The column names, in order: the header of {@code screen --format tsv}.
   *
   * <p>Immutable.
   */
  public static final List<String> COLUMNS =
      List.of(
          "query",
          "detected_as",
          "record",
          "smiles",
          "inchikey",
          "formula",
          "monoisotopic_mass",
          "removed",
          "verdict",
          "listed",
          "similar",
          "class_definitions",
          "candidates",
          "name_matches",
          "warnings",
          "error");

  /**
   * A registered substance or definition named in a row, with how it relates to the record: the
   * relation of a listed match, the jurisdiction of a definition, the basis of a candidate, the
   * kind of a name match.
   *
   * <p>Immutable and thread-safe.
   *
   * @param id the substance's or definition's id
   * @param kind how it relates (an enum constant's name, or a jurisdiction code)
   */
  public record Link(String id, String kind) {

    /** Checks for nulls. */
    public Link {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(kind, "kind");
    }
  }

  /**
   * A similar registered substance and its score.
   *
   * <p>Immutable and thread-safe.
   *
   * @param id the substance's id
   * @param score the similarity, 0 to 1
   */
  public record Scored(String id, double score) {

    /** Checks for nulls. */
    public Scored {
      Objects.requireNonNull(id, "id");
    }
  }

  /** Checks for nulls and copies the lists. */
  public ScreenRow {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(detectedAs, "detectedAs");
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(smiles, "smiles");
    Objects.requireNonNull(inchiKey, "inchiKey");
    Objects.requireNonNull(formula, "formula");
    Objects.requireNonNull(monoisotopicMass, "monoisotopicMass");
    removed = List.copyOf(removed);
    Objects.requireNonNull(verdict, "verdict");
    listed = List.copyOf(listed);
    similar = List.copyOf(similar);
    classDefinitions = List.copyOf(classDefinitions);
    candidates = List.copyOf(candidates);
    nameMatches = List.copyOf(nameMatches);
    warnings = List.copyOf(warnings);
    Objects.requireNonNull(error, "error");
  }

  /**
   * The row of one outcome of {@link Screener#screenAll}: its result's row, or its error row.
   *
   * @param outcome the outcome
   * @return the row
   */
  public static ScreenRow of(ScreenOutcome outcome) {
    if (outcome.error().isPresent()) {
      return error(outcome.record(), outcome.query(), outcome.error().get());
    }
    return of(outcome.result().orElseThrow());
  }

  /**
   * The row of one screen result: the identification's, when the screen identified the record in
   * full, otherwise the fields the screen computed (no canonical SMILES; the InChIKey only with
   * keys).
   *
   * @param result the result
   * @return the row
   */
  public static ScreenRow of(ScreenResult result) {
    if (result.identification().isPresent()) {
      return of(result.identification().get());
    }
    return new ScreenRow(
        result.query().shownAs(),
        Optional.of(result.query().kind().orElseThrow().name()),
        result.record() > 0 ? OptionalLong.of(result.record()) : OptionalLong.empty(),
        Optional.empty(),
        result.inchiKey(),
        Optional.of(result.formula()),
        OptionalDouble.of(result.monoisotopicMass()),
        removed(result.standardization()),
        Optional.of(result.verdict()),
        List.of(),
        scored(result.similar()),
        covering(result.classDefinitions()),
        List.of(),
        List.of(),
        result.warnings(),
        Optional.empty());
  }

  /**
   * The row of one identification.
   *
   * @param id the identification
   * @return the row
   */
  public static ScreenRow of(Identification id) {
    Optional<Structure> s = id.structure();
    OptionalDouble mass =
        s.isPresent()
            ? OptionalDouble.of(s.get().monoisotopicMass())
            : id.query().mass().map(m -> OptionalDouble.of(m.neutralMass())).orElse(none());
    return new ScreenRow(
        id.query().shownAs(),
        Optional.of(id.detectedAs().name()),
        id.record(),
        s.map(Structure::canonicalSmiles),
        s.map(Structure::inchiKey),
        // The structure's own formula, as the screened rows carry it: a charged structure's
        // ("[C18H22NO3]+") is no neutral MolecularFormula, so id.formula() is empty for it.
        s.map(Structure::formula).or(() -> id.formula().map(f -> f.hill())),
        mass,
        s.map(x -> removed(x.standardization())).orElse(List.of()),
        Optional.of(id.verdict()),
        id.listed().stream()
            .map(m -> new Link(m.substance().id().value(), m.relation().name()))
            .toList(),
        scored(id.similar()),
        covering(id.classDefinitions()),
        id.candidates().stream()
            .map(c -> new Link(c.substance().id().value(), c.basis().name()))
            .toList(),
        id.names().stream()
            .map(m -> new Link(m.substance().id().value(), m.kind().name()))
            .toList(),
        id.warnings(),
        Optional.empty());
  }

  /**
   * The row of a record that could not be read: the query, the record number and the error.
   *
   * @param record the one-based record number, or 0 outside a batch
   * @param query the query
   * @param error why it could not be read
   * @return the row
   */
  public static ScreenRow error(long record, Query query, BadQueryException error) {
    return error(record, query, error.problem().name() + ": " + error.getMessage());
  }

  /**
   * The row of a record that failed otherwise, with the reason as given.
   *
   * @param record the one-based record number, or 0 outside a batch
   * @param query the query
   * @param error what went wrong, e.g. {@code FAILED: java.lang.IllegalStateException: ...}
   * @return the row
   */
  public static ScreenRow error(long record, Query query, String error) {
    return new ScreenRow(
        query.shownAs(),
        Optional.empty(),
        record > 0 ? OptionalLong.of(record) : OptionalLong.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        OptionalDouble.empty(),
        List.of(),
        Optional.empty(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        Optional.of(error));
  }

  /**
   * Returns this row as the given record of a batch.
   *
   * @param number the one-based record number
   * @return the copy
   */
  public ScreenRow withRecord(long number) {
    return new ScreenRow(
        query,
        detectedAs,
        OptionalLong.of(number),
        smiles,
        inchiKey,
        formula,
        monoisotopicMass,
        removed,
        verdict,
        listed,
        similar,
        classDefinitions,
        candidates,
        nameMatches,
        warnings,
        error);
  }

  private static OptionalDouble none() {
    return OptionalDouble.empty();
  }

  private static List<String> removed(Standardization s) {
    return s.removed().stream().map(RemovedFragment::name).toList();
  }

  private static List<Scored> scored(List<SimilarityMatch> similar) {
    return similar.stream().map(m -> new Scored(m.substance().id().value(), m.score())).toList();
  }

  private static List<Link> covering(List<ClassDefinitionResult> definitions) {
    return definitions.stream()
        .filter(ClassDefinitionResult::covered)
        .map(d -> new Link(d.definitionId(), d.jurisdiction().code()))
        .toList();
  }
}
