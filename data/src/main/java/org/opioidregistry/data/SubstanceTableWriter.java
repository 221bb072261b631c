package org.opioidregistry.data;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.opioidregistry.core.structure.Structure;
import org.opioidregistry.core.substance.Control;
import org.opioidregistry.core.substance.ControlDate;
import org.opioidregistry.core.substance.Substance;

/**
 * Writes substances as the two tables {@link SubstanceTableReader} reads (substances and controls),
 * so that a registry can be exported, reviewed as text, and imported again unchanged.
 *
 * <p>Stateless and thread-safe; each call writes to the writers it is given and does not close
 * them.
 */
public final class SubstanceTableWriter {

  private SubstanceTableWriter() {}

  /** Writes the substances table: a header line, then one substance a line. */
  public static void writeSubstances(List<Substance> substances, Writer out) throws IOException {
    out.write(String.join("\t", SubstanceTableReader.SUBSTANCE_COLUMNS) + "\n");
    for (Substance s : substances) {
      List<String> cells = new ArrayList<>();
      cells.add(s.id().value());
      cells.add(s.name());
      cells.add(String.join("|", s.synonyms()));
      cells.add(
          s.codes().stream()
              .map(c -> c.type().id() + ":" + c.value())
              .collect(Collectors.joining("|")));
      Optional<Structure> structure = s.structure();
      cells.add(structure.map(Structure::canonicalSmiles).orElse(""));
      cells.add(structure.map(Structure::inchiKey).orElse(""));
      cells.add(structure.map(Structure::formula).orElse(""));
      cells.add(
          structure.map(x -> String.format(Locale.ROOT, "%.6f", x.monoisotopicMass())).orElse(""));
      cells.add(s.substanceClass().id());
      cells.add(s.structureCheck().notation());
      cells.add(s.structureCheck().reference());
      cells.add(String.join("|", s.sources()));
      cells.add(s.notes());
      out.write(row(cells));
    }
  }

  /** Writes the controls table: a header line, then one control a line. */
  public static void writeControls(List<Substance> substances, Writer out) throws IOException {
    out.write(String.join("\t", SubstanceTableReader.CONTROL_COLUMNS) + "\n");
    for (Substance s : substances) {
      for (Control c : s.controls()) {
        out.write(
            row(
                List.of(
                    s.id().value(),
                    c.jurisdiction().code(),
                    c.schedule(),
                    c.since().notation(),
                    c.instrument().toString(),
                    c.until().map(SubstanceTableWriter::endNotation).orElse(""),
                    c.endInstrument().toString(),
                    c.scope().formsNotation(),
                    c.scope().exclusions().stream()
                        .map(e -> e.substance().value())
                        .collect(Collectors.joining("|")),
                    c.source())));
      }
    }
  }

  /** An end whose date is unknown is written "unknown", so that it is not read as no end. */
  private static String endNotation(ControlDate until) {
    return until.text().isEmpty() ? SubstanceTableReader.UNKNOWN_END : until.notation();
  }

  /** Tabs and line breaks inside a value would break the one-record-a-line layout. */
  private static String row(List<String> cells) {
    return cells.stream()
            .map(cell -> cell.replace('\t', ' ').replace('\n', ' ').replace('\r', ' '))
            .collect(Collectors.joining("\t"))
        + "\n";
  }
}
