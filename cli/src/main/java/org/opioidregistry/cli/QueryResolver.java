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
    identifier.ifPresent(
        registry -> {
          // A code matches exactly or not at all: a near miss is another substance's code.
          List<NameMatch> exact =
              registry.findByName(query.text()).stream()
                  .filter(m -> m.strength() == NameMatch.Strength.EXACT)
                  .toList();
          if (!exact.isEmpty()) {
            identifyMatch(registry, exact, report);
          }
        });
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
   * A name. A registered name or code (exactly, once spelling is folded) decides the structure.
   * Otherwise a systematic name that OPSIN reads is taken at its word, since a name that shares
   * most of its letters with a registered one can be another substance ("...pentanethioamide" is
   * not "...pentanamide"); failing that, a registered name with a typo decides. Partial matches are
   * listed as leads only, never identified.
   */
  private QueryReport nameQuery(DetectedQuery query) {
    QueryReport.Builder report = QueryReport.builder(query.text(), query.kind());
    List<NameMatch> matches =
        identifier.map(registry -> registry.findByName(query.text())).orElse(List.of());
    if (!matches.isEmpty() && matches.get(0).strength() == NameMatch.Strength.EXACT) {
      identifyMatch(identifier.get(), matches, report);
      return report.build();
    }
    OpsinNames.Result result = opsin.parse(query.text());
    if (result.structure().isPresent()) {
      Structure structure = result.structure().get();
      report.nameMatches(matches).structure(structure, StructureSource.OPSIN);
      identifier.ifPresent(registry -> report.identification(registry.identify(structure)));
      return report.build();
    }
    if (!matches.isEmpty() && matches.get(0).strength() == NameMatch.Strength.TYPO) {
      identifyMatch(identifier.get(), matches, report);
      return report.build();
    }
    report.nameMatches(matches);
    String opsinSays = "OPSIN cannot read it as a systematic name: " + result.problem();
    if (!matches.isEmpty()) {
      report.note("only partial name matches (leads, not identified); " + opsinSays);
    } else {
      report.note((identifier.isPresent() ? "no registered name matches, and " : "") + opsinSays);
    }
    return report.build();
  }

  /** Identifies the best match's structure, listing every match. */
  private static void identifyMatch(
      Identifier registry, List<NameMatch> matches, QueryReport.Builder report) {
    Optional<Structure> best = matches.get(0).structure();
    report.nameMatches(matches);
    if (best.isEmpty()) {
      report.note(
          matches.get(0).name()
              + " has no defined structure (a plant material or preparation): found by name only");
      return;
    }
    report.structure(best.get(), StructureSource.REGISTRY);
    report.identification(registry.identify(best.get()));
  }
}
