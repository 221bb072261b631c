package org.opioidregistry.cli;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.opioidregistry.cli.report.MassQuery;
import org.opioidregistry.cli.report.NameMatch;
import org.opioidregistry.cli.report.QueryReport;
import org.opioidregistry.cli.report.StructureSource;
import org.opioidregistry.core.mass.MolecularFormula;
import org.opioidregistry.core.query.DetectedQuery;
import org.opioidregistry.core.query.QueryKind;
import org.opioidregistry.core.structure.InputFormat;
import org.opioidregistry.core.structure.ParseLimits;
import org.opioidregistry.core.structure.Structure;
import org.opioidregistry.core.structure.StructureParseException;
import org.opioidregistry.core.structure.StructureParser;
import org.opioidregistry.core.substance.Code;

/**
 * Turns one query of a known kind into a report: parses it, resolves names and codes to structures,
 * and asks the registry (when there is one) what it is.
 *
 * <p>Thread-safe when its {@link Identifier} is: it keeps no per-query state.
 */
final class QueryResolver {

  private final Optional<Identifier> identifier;
  private final OpsinNames opsin;

  QueryResolver(Optional<Identifier> identifier, OpsinNames opsin) {
    this.identifier = Objects.requireNonNull(identifier);
    this.opsin = Objects.requireNonNull(opsin);
  }

  /** True when a registry answers; without one, reports carry structures and no verdict. */
  boolean hasRegistry() {
    return identifier.isPresent();
  }

  /**
   * The report for a detected query (any kind but {@link QueryKind#FILE}, which the caller expands
   * into records).
   *
   * @throws BadInputException when the query cannot be read
   */
  QueryReport resolve(DetectedQuery query) {
    String text = query.text();
    return switch (query.kind()) {
      case SMILES -> structureQuery(query, parse(text, InputFormat.SMILES, text));
      case INCHI -> structureQuery(query, parse(text, InputFormat.INCHI, text));
      case MOL_BLOCK -> structureQuery(query, parse(text, InputFormat.MOLFILE, text));
      case INCHIKEY -> codeQuery(query);
      case CAS_RN -> {
        try {
          Code.cas(text);
        } catch (IllegalArgumentException e) {
          throw Messages.badQuery(text, e);
        }
        yield codeQuery(query);
      }
      case FORMULA -> formulaQuery(query);
      case NAME -> nameQuery(query);
      case FILE, MASS ->
          throw new IllegalArgumentException(query.kind() + " queries are not resolved one by one");
    };
  }

  /**
   * The report for a structure read from a batch record.
   *
   * @param label what to call the record in the report (its title or SMILES)
   * @param kind what the record was ({@link QueryKind#SMILES} or {@link QueryKind#MOL_BLOCK})
   * @param record the record's number
   */
  QueryReport resolveRecord(String label, QueryKind kind, int record, Structure structure) {
    QueryReport.Builder report = QueryReport.builder(label, kind).record(record);
    report.structure(structure, StructureSource.INPUT);
    identifier.ifPresent(id -> report.identification(id.identify(structure)));
    return report.build();
  }

  /** The report for an exact-mass query. */
  QueryReport resolveMass(MassQuery mass) {
    String label = "m/z " + mass.observed() + " " + mass.adduct().notation();
    QueryReport.Builder report = QueryReport.builder(label, QueryKind.MASS).mass(mass);
    identifier.ifPresent(id -> report.matches(id.findByMass(mass.window())));
    return report.build();
  }

  /** Parses text known to be of a format; a failure names the query. */
  static Structure parse(String text, InputFormat format, String shownAs) {
    try {
      return StructureParser.parse(text, format, ParseLimits.DEFAULT);
    } catch (StructureParseException e) {
      throw Messages.badQuery(shownAs, e);
    }
  }

  private QueryReport structureQuery(DetectedQuery query, Structure structure) {
    QueryReport.Builder report =
        QueryReport.builder(query.text(), query.kind()).structure(structure, StructureSource.INPUT);
    if (identifier.isEmpty()) {
      return report.build();
    }
    Identifier registry = identifier.get();
    report.identification(registry.identify(structure));
    QueryReport first = report.build();
    if (first.foundSomething() || !query.isAmbiguous()) {
      return first;
    }
    // "CO", "NPP": nothing as SMILES; what it also reads as may find something.
    if (query.alternatives().contains(QueryKind.NAME)) {
      List<NameMatch> names = registry.findByName(query.text());
      if (!names.isEmpty()) {
        report
            .nameMatches(names)
            .note("also read as a name or code: " + names.size() + " match(es)");
      }
    }
    if (query.alternatives().contains(QueryKind.FORMULA)) {
      MolecularFormula.tryParse(query.text())
          .ifPresent(
              f -> {
                var matches = registry.findByFormula(f);
                if (!matches.isEmpty()) {
                  report.matches(matches).note("also read as the formula " + f.hill());
                }
              });
    }
    return report.build();
  }

  /** An InChIKey or CAS RN: only a registry knows which structure it stands for. */
  private QueryReport codeQuery(DetectedQuery query) {
    QueryReport.Builder report = QueryReport.builder(query.text(), query.kind());
    identifier.ifPresent(registry -> nameMatchesThenIdentify(registry, query.text(), report));
    return report.build();
  }

  private QueryReport formulaQuery(DetectedQuery query) {
    MolecularFormula formula;
    try {
      formula = MolecularFormula.parse(query.text());
    } catch (IllegalArgumentException e) {
      throw Messages.badQuery(query.text(), e);
    }
    QueryReport.Builder report = QueryReport.builder(query.text(), query.kind()).formula(formula);
    identifier.ifPresent(registry -> report.matches(registry.findByFormula(formula)));
    return report.build();
  }

  /**
   * A name: registered names first; a name no registered substance has may still be a systematic
   * name, which OPSIN turns into a structure to identify.
   */
  private QueryReport nameQuery(DetectedQuery query) {
    QueryReport.Builder report = QueryReport.builder(query.text(), query.kind());
    if (identifier.isPresent() && nameMatchesThenIdentify(identifier.get(), query.text(), report)) {
      return report.build();
    }
    OpsinNames.Result result = opsin.parse(query.text());
    if (result.structure().isPresent()) {
      Structure structure = result.structure().get();
      report.structure(structure, StructureSource.OPSIN);
      identifier.ifPresent(registry -> report.identification(registry.identify(structure)));
    } else {
      report.note(
          (identifier.isPresent() ? "no registered name matches, and " : "")
              + "OPSIN cannot read it as a systematic name: "
              + result.problem());
    }
    return report.build();
  }

  /** Looks the text up by name or code; identifies the best match's structure. */
  private static boolean nameMatchesThenIdentify(
      Identifier registry, String text, QueryReport.Builder report) {
    List<NameMatch> matches = registry.findByName(text);
    if (matches.isEmpty()) {
      return false;
    }
    Structure best = matches.get(0).structure();
    report.nameMatches(matches).structure(best, StructureSource.REGISTRY);
    report.identification(registry.identify(best));
    return true;
  }
}
