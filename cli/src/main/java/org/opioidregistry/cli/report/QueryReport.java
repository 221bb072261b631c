package org.opioidregistry.cli.report;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.opioidregistry.core.mass.MolecularFormula;
import org.opioidregistry.core.query.QueryKind;
import org.opioidregistry.core.structure.Structure;

/**
 * Everything the command found out about one query: what it was taken to be, the structure it
 * stands for, and what the registry found. Fields a query kind does not have are empty: a formula
 * query has no structure, and a report made without a registry has no identification (its verdict
 * is absent, not "no match").
 *
 * <p>Immutable and thread-safe; build one with {@link #builder}.
 *
 * @param query the query as given, or the record's title or SMILES in a batch
 * @param detectedAs what the query was taken to be
 * @param record the record's one-based number in a batch file, if from one
 * @param structure the structure the query stands for, if any
 * @param structureSource where that structure came from, when there is one
 * @param formula the formula of a formula query
 * @param mass the mass window of a mass query
 * @param identification what the registry found for the structure, when a registry was asked
 * @param nameMatches for a name or code query, the substances whose names matched
 * @param matches for a formula or mass query, the substances with that formula or mass
 * @param notes remarks for the reader (e.g. that OPSIN resolved the name)
 */
public record QueryReport(
    String query,
    QueryKind detectedAs,
    OptionalInt record,
    Optional<Structure> structure,
    Optional<StructureSource> structureSource,
    Optional<MolecularFormula> formula,
    Optional<MassQuery> mass,
    Optional<Identification> identification,
    List<NameMatch> nameMatches,
    List<ListedMatch> matches,
    List<String> notes) {

  /** Checks for nulls and copies the lists. */
  public QueryReport {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(detectedAs, "detectedAs");
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(structure, "structure");
    Objects.requireNonNull(structureSource, "structureSource");
    Objects.requireNonNull(formula, "formula");
    Objects.requireNonNull(mass, "mass");
    Objects.requireNonNull(identification, "identification");
    nameMatches = ImmutableList.copyOf(nameMatches);
    matches = ImmutableList.copyOf(matches);
    notes = ImmutableList.copyOf(notes);
  }

  /** Starts a report for a query. */
  public static Builder builder(String query, QueryKind detectedAs) {
    return new Builder(query, detectedAs);
  }

  /**
   * True when something listed, covered, similar, or matching by name (not just partly), formula or
   * mass was found: the command exits with 0 when any query found something.
   */
  public boolean foundSomething() {
    return identification.map(i -> i.verdict().foundSomething()).orElse(false)
        || nameMatches.stream().anyMatch(m -> m.strength() != NameMatch.Strength.PARTIAL)
        || !matches.isEmpty();
  }

  /** This report as the given record of a batch. */
  public QueryReport withRecord(int number) {
    return new QueryReport(
        query,
        detectedAs,
        OptionalInt.of(number),
        structure,
        structureSource,
        formula,
        mass,
        identification,
        nameMatches,
        matches,
        notes);
  }

  /** The verdict, when a registry was asked about a structure. */
  public Optional<Verdict> verdict() {
    return identification.map(Identification::verdict);
  }

  /**
   * The listed substances to show: those found for the structure, or for a formula or mass query
   * those with that formula or mass.
   */
  public List<ListedMatch> listed() {
    return identification.map(Identification::listed).orElse(matches);
  }

  /** Collects a report. Not thread-safe. */
  public static final class Builder {
    private final String query;
    private final QueryKind detectedAs;
    private OptionalInt record = OptionalInt.empty();
    private Structure structure;
    private StructureSource structureSource;
    private MolecularFormula formula;
    private MassQuery mass;
    private Identification identification;
    private final List<NameMatch> nameMatches = new ArrayList<>();
    private final List<ListedMatch> matches = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    private Builder(String query, QueryKind detectedAs) {
      this.query = Objects.requireNonNull(query, "query");
      this.detectedAs = Objects.requireNonNull(detectedAs, "detectedAs");
    }

    /** The record's number in a batch file. */
    public Builder record(int number) {
      this.record = OptionalInt.of(number);
      return this;
    }

    /** The structure and where it came from. */
    public Builder structure(Structure value, StructureSource source) {
      this.structure = Objects.requireNonNull(value, "structure");
      this.structureSource = Objects.requireNonNull(source, "source");
      return this;
    }

    /** The formula of a formula query. */
    public Builder formula(MolecularFormula value) {
      this.formula = Objects.requireNonNull(value, "formula");
      return this;
    }

    /** The mass window of a mass query. */
    public Builder mass(MassQuery value) {
      this.mass = Objects.requireNonNull(value, "mass");
      return this;
    }

    /** What the registry found for the structure. */
    public Builder identification(Identification value) {
      this.identification = Objects.requireNonNull(value, "identification");
      return this;
    }

    /** Name matches of a name or code query. */
    public Builder nameMatches(List<NameMatch> values) {
      nameMatches.addAll(values);
      return this;
    }

    /** Substances matching a formula or mass query. */
    public Builder matches(List<ListedMatch> values) {
      matches.addAll(values);
      return this;
    }

    /** A remark for the reader. */
    public Builder note(String note) {
      notes.add(Objects.requireNonNull(note, "note"));
      return this;
    }

    /** The immutable report. */
    public QueryReport build() {
      return new QueryReport(
          query,
          detectedAs,
          record,
          Optional.ofNullable(structure),
          Optional.ofNullable(structureSource),
          Optional.ofNullable(formula),
          Optional.ofNullable(mass),
          Optional.ofNullable(identification),
          nameMatches,
          matches,
          notes);
    }
  }
}
