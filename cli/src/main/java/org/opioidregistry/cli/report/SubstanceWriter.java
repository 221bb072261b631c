package org.opioidregistry.cli.report;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.opioidregistry.core.structure.Structure;
import org.opioidregistry.core.substance.Code;
import org.opioidregistry.core.substance.Control;
import org.opioidregistry.core.substance.Substance;
import org.opioidregistry.identify.SubstanceJson;

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
      case JSON -> substances.forEach(s -> out.println(SubstanceJson.toJson(s)));
      case TSV -> {
        out.println(
            "id\tname\tsynonyms\tcodes\tsmiles\tinchikey\tformula\tclass\tcontrols\tsources");
        substances.forEach(s -> out.println(tsv(s)));
      }
      case TABLE -> substances.forEach(s -> table(s, out));
    }
    out.flush();
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
    java.util.function.BiConsumer<String, String> line =
        (label, value) -> out.printf(Locale.ROOT, format, label, Cells.safe(value));
    line.accept("id", s.id().value());
    line.accept("name", s.name());
    if (!s.synonyms().isEmpty()) {
      line.accept("synonyms", String.join(", ", s.synonyms()));
    }
    for (Code code : s.codes()) {
      line.accept(code.type().id(), code.value());
    }
    s.structure()
        .ifPresentOrElse(
            structure -> {
              line.accept("structure", structure.canonicalSmiles());
              line.accept("inchikey", structure.inchiKey());
              line.accept(
                  "formula",
                  structure.formula()
                      + "  (monoisotopic mass "
                      + Cells.mass(structure.monoisotopicMass())
                      + ")");
            },
            () -> line.accept("structure", "none defined (found by name only)"));
    line.accept("class", s.substanceClass().name());
    for (Control control : s.controls()) {
      line.accept(
          "control",
          control
              + (control.instrument().isEmpty() ? "" : ", " + control.instrument())
              + (control.scope().forms().isEmpty() ? "" : "; extends to " + control.scope()));
    }
    for (String source : s.sources()) {
      line.accept("source", source);
    }
    if (!s.notes().isEmpty()) {
      line.accept("notes", s.notes());
    }
  }
}
