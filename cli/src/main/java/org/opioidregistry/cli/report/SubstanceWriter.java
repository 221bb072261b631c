package org.opioidregistry.cli.report;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
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
    Structure structure = s.structure();
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
            new JsonObject()
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
            s.structure().canonicalSmiles(),
            s.structure().inchiKey(),
            s.structure().formula(),
            s.substanceClass().name(),
            s.controls().stream().map(Control::toString).collect(Collectors.joining("|")),
            String.join("|", s.sources()))
        .stream()
        .map(cell -> cell.replace('\t', ' ').replace('\n', ' '))
        .collect(Collectors.joining("\t"));
  }

  private static void table(Substance s, PrintWriter out) {
    String format = "%-13s%s%n";
    out.printf(Locale.ROOT, format, "id", s.id().value());
    out.printf(Locale.ROOT, format, "name", s.name());
    if (!s.synonyms().isEmpty()) {
      out.printf(Locale.ROOT, format, "synonyms", String.join(", ", s.synonyms()));
    }
    for (Code code : s.codes()) {
      out.printf(Locale.ROOT, format, code.type().id(), code.value());
    }
    out.printf(Locale.ROOT, format, "structure", s.structure().canonicalSmiles());
    out.printf(Locale.ROOT, format, "inchikey", s.structure().inchiKey());
    out.printf(
        Locale.ROOT,
        format,
        "formula",
        s.structure().formula()
            + "  (monoisotopic mass "
            + Cells.mass(s.structure().monoisotopicMass())
            + ")");
    out.printf(Locale.ROOT, format, "class", s.substanceClass().name());
    for (Control control : s.controls()) {
      out.printf(
          Locale.ROOT,
          format,
          "control",
          control + (control.instrument().isEmpty() ? "" : ", " + control.instrument()));
    }
    for (String source : s.sources()) {
      out.printf(Locale.ROOT, format, "source", source);
    }
    if (!s.notes().isEmpty()) {
      out.printf(Locale.ROOT, format, "notes", s.notes());
    }
  }
}
