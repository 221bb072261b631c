package org.opioidregistry.cli.report;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import org.opioidregistry.core.structure.Structure;
import org.opioidregistry.core.substance.Code;
import org.opioidregistry.core.substance.Control;
import org.opioidregistry.core.substance.Substance;

/**
 * Writes registered substances in full, for {@code info}: as labelled lines, one JSON object per
 * line, or TSV rows.
 *
 * <p>Stateless and thread-safe; each call writes to the given output only.
 */
public final class SubstanceWriter {

  private SubstanceWriter() {}

  /** Writes the substances in the format and flushes. */
  public static void write(OutputFormat format, List<Substance> substances, PrintWriter out) {
    switch (format) {
      case JSON -> substances.forEach(s -> out.println(json(s)));
      case TSV -> {
        out.println(
            "id\tname\tsynonyms\tcodes\tsmiles\tinchikey\tformula\tclass\tcontrols\tsources");
        substances.forEach(s -> out.println(tsv(s)));
      }
      case TABLE -> substances.forEach(s -> table(s, out));
    }
    out.flush();
  }

  static String json(Substance s) {
    Structure structure = s.structure().orElse(null);
    return new JsonObject()
        .string("id", s.id().value())
        .string("name", s.name())
        .strings("synonyms", s.synonyms())
        .objects(
            "codes",
            s.codes().stream()
                .map(c -> new JsonObject().string("type", c.type().id()).string("value", c.value()))
                .toList())
        .object(
            "structure",
            structure == null
                ? null
                : new JsonObject()
                    .string("smiles", structure.canonicalSmiles())
                    .string("inchikey", structure.inchiKey())
                    .string("formula", structure.formula())
                    .number("monoisotopicMass", structure.monoisotopicMass(), 6))
        .string("class", s.substanceClass().name())
        .objects("controls", JsonReportWriter.controls(s.controls()))
        .strings("sources", s.sources())
        .string("notes", s.notes())
        .toString();
  }

  private static String tsv(Substance s) {
    return List.of(
            s.id().value(),
            s.name(),
            String.join("|", s.synonyms()),
            s.codes().stream().map(Code::toString).collect(Collectors.joining("|")),
            s.structure().map(Structure::canonicalSmiles).orElse(""),
            s.structure().map(Structure::inchiKey).orElse(""),
            s.structure().map(Structure::formula).orElse(""),
            s.substanceClass().name(),
            s.controls().stream().map(Control::toString).collect(Collectors.joining("|")),
            String.join("|", s.sources()))
        .stream()
        .map(cell -> cell.replace('\t', ' ').replace('\n', ' '))
        .collect(Collectors.joining("\t"));
  }

  private static void table(Substance s, PrintWriter out) {
    String format = "%-13s%s%n";
    out.printf(format, "id", s.id().value());
    out.printf(format, "name", s.name());
    if (!s.synonyms().isEmpty()) {
      out.printf(format, "synonyms", String.join(", ", s.synonyms()));
    }
    for (Code code : s.codes()) {
      out.printf(format, code.type().id(), code.value());
    }
    s.structure()
        .ifPresentOrElse(
            structure -> {
              out.printf(format, "structure", structure.canonicalSmiles());
              out.printf(format, "inchikey", structure.inchiKey());
              out.printf(
                  format,
                  "formula",
                  structure.formula()
                      + "  (monoisotopic mass "
                      + Cells.mass(structure.monoisotopicMass())
                      + ")");
            },
            () -> out.printf(format, "structure", "none defined (found by name only)"));
    out.printf(format, "class", s.substanceClass().name());
    for (Control control : s.controls()) {
      out.printf(
          format,
          "control",
          control
              + (control.instrument().isEmpty() ? "" : ", " + control.instrument())
              + (control.scope().forms().isEmpty() ? "" : "; extends to " + control.scope()));
    }
    for (String source : s.sources()) {
      out.printf(format, "source", source);
    }
    if (!s.notes().isEmpty()) {
      out.printf(format, "notes", s.notes());
    }
  }
}
