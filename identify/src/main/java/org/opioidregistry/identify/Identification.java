package org.opioidregistry.identify;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.opioidregistry.core.mass.MolecularFormula;
import org.opioidregistry.core.query.QueryKind;
import org.opioidregistry.core.structure.Structure;
import org.opioidregistry.core.substance.Substance;
import org.opioidregistry.search.NameMatch;
import org.opioidregistry.search.NameMatchKind;
import org.opioidregistry.search.SimilarityMatch;

/**
 * Everything found out about one query: what it was taken to be, the standardised structure it
 * stands for and what standardisation did ({@link Structure#standardization()}), the {@link
 * Verdict} and every ground for it, and the settings it was decided under. The command line, the
 * server and batch jobs render this one record.
 *
 * <pre>{@code
 * Identification id = Identifier.bundled().identify("fentanyl hydrochloride");
 * id.verdict();                       // LISTED
 * id.listed().get(0).relation();      // IDENTICAL (the name's registered structure)
 * }</pre>
 *
 * <p>Fields a query kind does not have are empty: a formula query has no structure, a SMILES query
 * has no name matches. Immutable and thread-safe.
 *
 * @param query the query as given
 * @param record the one-based record number in a batch, if from one
 * @param detectedAs what the query was read as (the reading that won, when it admitted several)
 * @param structure the standardised structure the query stands for, if any
 * @param structureSource where that structure came from, when there is one
 * @param formula the formula of a formula query, or the structure's formula when it is neutral (a
 *     charged structure's, such as "[C18H22NO3]+", is only its {@code Structure.formula()})
 * @param verdict the strongest finding
 * @param listed registered substances the structure is or is a form of (identical, salt, isomer)
 * @param classDefinitions every generic definition's evaluation, including undetermined ones
 * @param similar similar registered substances, best first, excluding the listed matches
 * @param names for a name or code query, the name matches, best first
 * @param candidates for a formula, mass or ambiguous name, the substances that fit
 * @param warnings remarks a reader must see, e.g. that only partial names matched
 * @param settings the settings the verdict was decided under
 * @param provenance how it was reached, to show and reproduce it: the input and its hash, the
 *     standardisation and keys, the software, data and settings
 */
public record Identification(
    Query query,
    OptionalLong record,
    QueryKind detectedAs,
    Optional<Structure> structure,
    Optional<StructureSource> structureSource,
    Optional<MolecularFormula> formula,
    Verdict verdict,
    List<ListedMatch> listed,
    List<ClassDefinitionResult> classDefinitions,
    List<SimilarityMatch> similar,
    List<NameMatch> names,
    List<CandidateMatch> candidates,
    List<String> warnings,
    IdentifierSettings settings,
    Provenance provenance) {

  /** Checks for nulls and copies the lists. */
  public Identification {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(detectedAs, "detectedAs");
    Objects.requireNonNull(structure, "structure");
    Objects.requireNonNull(structureSource, "structureSource");
    Objects.requireNonNull(formula, "formula");
    Objects.requireNonNull(verdict, "verdict");
    listed = List.copyOf(listed);
    classDefinitions = List.copyOf(classDefinitions);
    similar = List.copyOf(similar);
    names = List.copyOf(names);
    candidates = List.copyOf(candidates);
    warnings = List.copyOf(warnings);
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(provenance, "provenance");
  }

  /**
   * Returns this identification as the given record of a batch.
   *
   * @param number the one-based record number
   * @return a copy with the record number
   */
  public Identification withRecord(long number) {
    return new Identification(
        query,
        OptionalLong.of(number),
        detectedAs,
        structure,
        structureSource,
        formula,
        verdict,
        listed,
        classDefinitions,
        similar,
        names,
        candidates,
        warnings,
        settings,
        provenance);
  }

  /**
   * Returns whether the query found something: a verdict other than {@link
   * Verdict#NO_LISTED_MATCH}, or a code, name or typo match, or a formula or mass match (even of an
   * uncontrolled substance); a partial name match alone is a lead, not a finding.
   *
   * @return true when something was found
   */
  public boolean foundSomething() {
    return verdict.foundSomething()
        || !listed.isEmpty()
        || !candidates.isEmpty()
        || names.stream()
            .anyMatch(
                m ->
                    m.kind() == NameMatchKind.CODE
                        || m.kind() == NameMatchKind.EXACT_NAME
                        || m.kind() == NameMatchKind.TYPO);
  }

  /**
   * Returns the registered substance a picture of the structure's class-definition sites is drawn
   * beside: the first listed match of another structure, else the most similar substance of another
   * structure. A substance of the same structure (the query is listed itself, or is its salt) is
   * skipped, since beside it no site would look changed. The command line's {@code depict}, the
   * case report and the server's depictions all draw this one.
   *
   * @return the substance to compare with; empty when there is no structure or no other substance
   *     with one
   */
  public Optional<Substance> comparedWith() {
    if (structure.isEmpty()) {
      return Optional.empty();
    }
    String inchiKey = structure.get().inchiKey();
    return Stream.concat(
            listed.stream().map(ListedMatch::substance),
            similar.stream().map(SimilarityMatch::substance))
        .filter(s -> s.structure().filter(t -> !t.inchiKey().equals(inchiKey)).isPresent())
        .findFirst();
  }

  /** Collects the parts of an identification as the identifier finds them. Single use. */
  static final class Builder {
    private final Query query;
    private final IdentifierSettings settings;
    private final ProvenanceContext context;
    private QueryKind detectedAs;
    private Structure structure;
    private StructureSource structureSource;
    private MolecularFormula formula;
    private Verdict verdict = Verdict.NO_LISTED_MATCH;
    private List<ListedMatch> listed = List.of();
    private List<ClassDefinitionResult> classDefinitions = List.of();
    private List<SimilarityMatch> similar = List.of();
    private List<NameMatch> names = List.of();
    private List<CandidateMatch> candidates = List.of();
    private final List<String> warnings = new ArrayList<>();

    Builder(
        Query query, QueryKind detectedAs, IdentifierSettings settings, ProvenanceContext context) {
      this.query = query;
      this.detectedAs = detectedAs;
      this.settings = settings;
      this.context = context;
    }

    Builder detectedAs(QueryKind kind) {
      this.detectedAs = kind;
      return this;
    }

    Builder structure(Structure value, StructureSource source) {
      this.structure = value;
      this.structureSource = source;
      this.formula = MolecularFormula.tryParse(value.formula()).orElse(null);
      return this;
    }

    Builder formula(MolecularFormula value) {
      this.formula = value;
      return this;
    }

    Builder verdict(Verdict value) {
      this.verdict = value;
      return this;
    }

    Builder listed(List<ListedMatch> value) {
      this.listed = value;
      return this;
    }

    Builder classDefinitions(List<ClassDefinitionResult> value) {
      this.classDefinitions = value;
      return this;
    }

    Builder similar(List<SimilarityMatch> value) {
      this.similar = value;
      return this;
    }

    Builder names(List<NameMatch> value) {
      this.names = value;
      return this;
    }

    Builder candidates(List<CandidateMatch> value) {
      this.candidates = value;
      return this;
    }

    Builder warn(String warning) {
      warnings.add(warning);
      return this;
    }

    boolean hasStructure() {
      return structure != null;
    }

    Identification build() {
      return new Identification(
          query,
          OptionalLong.empty(),
          detectedAs,
          Optional.ofNullable(structure),
          Optional.ofNullable(structureSource),
          Optional.ofNullable(formula),
          verdict,
          listed,
          classDefinitions,
          similar,
          names,
          candidates,
          warnings,
          settings,
          Provenance.of(query.text(), Optional.ofNullable(structure), context));
    }
  }
}
