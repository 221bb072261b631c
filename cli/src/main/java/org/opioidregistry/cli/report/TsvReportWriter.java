package org.opioidregistry.cli.report;

import java.io.PrintWriter;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.opioidregistry.core.structure.Structure;
import org.opioidregistry.identify.BadQueryException;
import org.opioidregistry.identify.Identification;
import org.opioidregistry.identify.IdentifierSettings;
import org.opioidregistry.identify.Query;
import org.opioidregistry.identify.ScreenResult;

/**
 * Tab-separated values: a header line, then one row per record (a query that could not be read has
 * its error in the last column), enum values as their constant names.
 *
 * <p>Not thread-safe: one thread writes.
 */
final class TsvReportWriter implements ReportWriter {

  static final List<String> COLUMNS =
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

  private final PrintWriter out;
  private boolean headerWritten;

  TsvReportWriter(PrintWriter out) {
    this.out = Objects.requireNonNull(out);
  }

  @Override
  public void write(Identification id) {
    Structure s = id.structure().orElse(null);
    row(
        List.of(
            id.query().shownAs(),
            id.detectedAs().name(),
            id.record().isPresent() ? Long.toString(id.record().getAsLong()) : "",
            s == null ? "" : s.canonicalSmiles(),
            s == null ? "" : s.inchiKey(),
            id.formula().map(f -> f.hill()).orElse(""),
            s != null
                ? Cells.mass(s.monoisotopicMass())
                : id.query().mass().map(m -> Cells.mass(m.neutralMass())).orElse(""),
            s == null ? "" : Cells.removed(s),
            id.verdict().name(),
            id.listed().stream()
                .map(m -> m.substance().id().value() + " (" + m.relation().name() + ")")
                .collect(Collectors.joining(", ")),
            Cells.similar(id.similar()),
            Cells.covered(id.classDefinitions()),
            id.candidates().stream()
                .map(c -> c.substance().id().value() + " (" + c.basis().name() + ")")
                .collect(Collectors.joining(", ")),
            id.names().stream()
                .map(m -> m.substance().id().value() + " (" + m.kind().name() + ")")
                .collect(Collectors.joining(", ")),
            String.join("; ", id.warnings()),
            ""));
  }

  @Override
  public void writeScreen(ScreenResult r, IdentifierSettings settings) {
    if (r.identification().isPresent()) {
      write(r.identification().get());
      return;
    }
    row(
        List.of(
            r.query().shownAs(),
            r.query().kind().orElseThrow().name(),
            r.record() > 0 ? Long.toString(r.record()) : "",
            "",
            r.inchiKey().orElse(""),
            r.formula(),
            Cells.mass(r.monoisotopicMass()),
            Cells.removed(r.standardization()),
            r.verdict().name(),
            "",
            Cells.similar(r.similar()),
            Cells.covered(r.classDefinitions()),
            "",
            "",
            String.join("; ", r.warnings()),
            ""),
        false);
  }

  @Override
  public void writeError(long record, Query query, BadQueryException error) {
    String[] cells = new String[COLUMNS.size()];
    java.util.Arrays.fill(cells, "");
    cells[0] = query.shownAs();
    cells[2] = record > 0 ? Long.toString(record) : "";
    cells[COLUMNS.size() - 1] = error.problem().name() + ": " + error.getMessage();
    row(List.of(cells));
  }

  private void row(List<String> cells) {
    row(cells, true);
  }

  private void row(List<String> cells, boolean flush) {
    if (!headerWritten) {
      out.println(String.join("\t", COLUMNS));
      headerWritten = true;
    }
    line.setLength(0);
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        line.append('\t');
      }
      appendClean(line, cells.get(i));
    }
    out.println(line);
    if (flush) {
      out.flush();
    }
  }

  /** The row being written, reused: a screen writes millions of rows. */
  private final StringBuilder line = new StringBuilder(256);

  /**
   * Appends the cell with tabs and line breaks made spaces and every other unsafe character escaped
   * as {@link Cells#safe} escapes it, in one pass and without a copy of the cell.
   */
  private static void appendClean(StringBuilder out, String cell) {
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c == '\t' || c == '\r' || c == '\n') {
        out.append(' ');
      } else if (c < 0x20 || c >= 0x7f) {
        out.append(Cells.safe(String.valueOf(c)));
      } else {
        out.append(c);
      }
    }
  }
}
