package org.opioidregistry.cli.report;

import java.io.PrintWriter;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.opioidregistry.core.structure.Structure;

/**
 * Writes one tab-separated row per query, after a header row: the columns a spreadsheet user
 * filters on. Tabs and line breaks inside a value become spaces, so that every row is one line.
 *
 * <p>Not thread-safe.
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
          "name_matches",
          "notes");

  private final PrintWriter out;
  private boolean headerWritten;

  TsvReportWriter(PrintWriter out) {
    this.out = Objects.requireNonNull(out);
  }

  @Override
  public void write(QueryReport report) {
    if (!headerWritten) {
      out.println(String.join("\t", COLUMNS));
      headerWritten = true;
    }
    Structure s = report.structure().orElse(null);
    List<String> cells =
        List.of(
            report.query(),
            report.detectedAs().name(),
            report.record().isPresent() ? Integer.toString(report.record().getAsInt()) : "",
            s == null ? "" : s.canonicalSmiles(),
            s == null ? "" : s.inchiKey(),
            s != null ? s.formula() : report.formula().map(f -> f.hill()).orElse(""),
            s != null
                ? Cells.mass(s.monoisotopicMass())
                : report.mass().map(m -> Cells.mass(m.neutralMass())).orElse(""),
            s == null ? "" : Cells.removed(s),
            Cells.verdict(report),
            Cells.listed(report.listed()),
            report.identification().map(i -> Cells.similar(i.similar(), 5)).orElse(""),
            report.identification().map(i -> Cells.covered(i.classDefinitions())).orElse(""),
            report.nameMatches().stream()
                .map(m -> m.id().value())
                .collect(Collectors.joining(", ")),
            String.join("; ", report.notes()));
    out.println(cells.stream().map(TsvReportWriter::clean).collect(Collectors.joining("\t")));
    out.flush();
  }

  private static String clean(String cell) {
    return cell.replace('\t', ' ').replace('\r', ' ').replace('\n', ' ');
  }
}
