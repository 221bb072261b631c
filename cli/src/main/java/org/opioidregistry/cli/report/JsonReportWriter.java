package org.opioidregistry.cli.report;

import java.io.PrintWriter;
import java.util.List;
import java.util.Objects;
import org.opioidregistry.core.query.QueryKind;
import org.opioidregistry.core.structure.RemovedFragment;
import org.opioidregistry.core.structure.Structure;
import org.opioidregistry.core.substance.Control;

/**
 * Writes each report as one JSON object on one line (JSON Lines). Members, in this order: {@code
 * query}, {@code detectedAs}, {@code record} (batch only), {@code structure} {smiles, inchikey,
 * formula, monoisotopicMass, removed}, {@code structureSource}, {@code formula} (formula queries),
 * {@code mass} (mass queries), {@code verdict} (null when no registry was asked), {@code listed},
 * {@code similar}, {@code classDefinitions} (when a registry was asked, or listed for formula and
 * mass queries), {@code nameMatches} (name and code queries), {@code notes}.
 *
 * <p>Not thread-safe.
 */
final class JsonReportWriter implements ReportWriter {

  /** Masses to 6 decimals (0.001 ppm at m/z 1000): more than any instrument resolves. */
  private static final int MASS_DECIMALS = 6;

  private final PrintWriter out;

  JsonReportWriter(PrintWriter out) {
    this.out = Objects.requireNonNull(out);
  }

  @Override
  public void write(QueryReport report) {
    out.println(toJson(report));
    out.flush();
  }

  static String toJson(QueryReport report) {
    JsonObject json =
        new JsonObject()
            .string("query", report.query())
            .string("detectedAs", report.detectedAs().name());
    report.record().ifPresent(n -> json.integer("record", n));
    json.object("structure", report.structure().map(JsonReportWriter::structure).orElse(null));
    report.structureSource().ifPresent(s -> json.string("structureSource", s.name()));
    report
        .formula()
        .ifPresent(
            f ->
                json.object(
                    "formula",
                    new JsonObject()
                        .string("hill", f.hill())
                        .number("monoisotopicMass", f.monoisotopicMass(), MASS_DECIMALS)));
    report.mass().ifPresent(m -> json.object("mass", mass(m)));
    json.string("verdict", report.verdict().map(Enum::name).orElse(null));
    boolean searched =
        report.identification().isPresent()
            || report.formula().isPresent()
            || report.mass().isPresent();
    if (searched) {
      json.objects("listed", report.listed().stream().map(JsonReportWriter::listed).toList());
    }
    report
        .identification()
        .ifPresent(
            i -> {
              json.objects("similar", i.similar().stream().map(JsonReportWriter::similar).toList());
              json.objects(
                  "classDefinitions",
                  i.classDefinitions().stream().map(JsonReportWriter::classDefinition).toList());
            });
    if (report.detectedAs() == QueryKind.NAME || !report.nameMatches().isEmpty()) {
      json.objects(
          "nameMatches", report.nameMatches().stream().map(JsonReportWriter::nameMatch).toList());
    }
    json.strings("notes", report.notes());
    return json.toString();
  }

  private static JsonObject structure(Structure s) {
    List<String> removed =
        s.standardization().removed().stream().map(RemovedFragment::name).toList();
    return new JsonObject()
        .string("smiles", s.canonicalSmiles())
        .string("inchikey", s.inchiKey())
        .string("formula", s.formula())
        .number("monoisotopicMass", s.monoisotopicMass(), MASS_DECIMALS)
        .strings("removed", removed);
  }

  private static JsonObject mass(MassQuery m) {
    return new JsonObject()
        .number("observed", m.observed(), MASS_DECIMALS)
        .string("adduct", m.adduct().notation())
        .number("neutralMass", m.neutralMass(), MASS_DECIMALS)
        .number("ppm", m.ppm(), 3)
        .number("lower", m.window().lower(), MASS_DECIMALS)
        .number("upper", m.window().upper(), MASS_DECIMALS);
  }

  private static JsonObject listed(ListedMatch m) {
    JsonObject json =
        new JsonObject()
            .string("id", m.id().value())
            .string("name", m.name())
            .string("inchikey", m.inchiKey())
            .string("relation", m.relation().name());
    m.ppmError().ifPresent(e -> json.number("ppmError", e, 2));
    return json.objects("controls", controls(m.controls()));
  }

  private static JsonObject similar(SimilarMatch m) {
    return new JsonObject()
        .string("id", m.id().value())
        .string("name", m.name())
        .string("inchikey", m.inchiKey())
        .number("score", m.score(), 4)
        .string("metric", m.metric().name())
        .string("fingerprint", m.fingerprint().name())
        .objects("controls", controls(m.controls()));
  }

  private static JsonObject classDefinition(ClassDefinitionResult c) {
    return new JsonObject()
        .string("id", c.id())
        .string("jurisdiction", c.jurisdiction().code())
        .bool("covered", c.covered())
        .string("coverage", c.coverage().name())
        .strings("clauses", c.clauses())
        .string("explanation", c.explanation());
  }

  private static JsonObject nameMatch(NameMatch m) {
    return new JsonObject()
        .string("id", m.id().value())
        .string("name", m.name())
        .string("matched", m.matched())
        .string("strength", m.strength().name())
        .number("score", m.score(), 4)
        .string("inchikey", m.structure().map(Structure::inchiKey).orElse(null));
  }

  /** A treaty control names its treaty, a national one its jurisdiction. */
  static List<JsonObject> controls(List<Control> controls) {
    return controls.stream()
        .map(
            c -> {
              JsonObject json =
                  new JsonObject()
                      .string(
                          c.jurisdiction().isTreaty() ? "treaty" : "jurisdiction",
                          c.jurisdiction().code())
                      .string("schedule", c.schedule());
              c.since()
                  .year()
                  .ifPresentOrElse(y -> json.integer("year", y), () -> json.raw("year", "null"));
              // "year" is null for a period such as "pre-1964"; "since" keeps the text.
              json.string("since", c.since().text());
              return json.bool("verified", c.isVerified());
            })
        .toList();
  }
}
