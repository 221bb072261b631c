package org.opioidregistry.cli.report;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Objects;
import org.opioidregistry.core.structure.Structure;

/**
 * Writes each report as a block of labelled lines, blocks separated by a blank line: what a chemist
 * reads at a terminal.
 *
 * <pre>
 * query        CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1.Cl
 * detected as  SMILES
 * structure    O=C(CC)N(C1CCN(CCc2ccccc2)CC1)c1ccccc1
 * inchikey     PJMPHNIQZUBGLI-UHFFFAOYSA-N
 * formula      C22H28N2O  (monoisotopic mass 336.2202)
 * removed      hydrogen chloride
 * </pre>
 *
 * <p>Not thread-safe.
 */
final class TableReportWriter implements ReportWriter {

  private static final String FORMAT = "%-13s%s%n";

  private final PrintWriter out;
  private boolean first = true;

  TableReportWriter(PrintWriter out) {
    this.out = Objects.requireNonNull(out);
  }

  @Override
  public void write(QueryReport report) {
    if (!first) {
      out.println();
    }
    first = false;
    line("query", report.query() + record(report));
    line("detected as", report.detectedAs().name());
    report.structure().ifPresent(s -> structure(s, report));
    report
        .formula()
        .ifPresent(
            f ->
                line(
                    "formula",
                    f.hill() + "  (monoisotopic mass " + Cells.mass(f.monoisotopicMass()) + ")"));
    report
        .mass()
        .ifPresent(
            m ->
                line(
                    "mass",
                    "m/z "
                        + Cells.mass(m.observed())
                        + " as "
                        + m.adduct()
                        + " -> M "
                        + Cells.mass(m.neutralMass())
                        + " ± "
                        + m.ppm()
                        + " ppm ("
                        + Cells.mass(m.window().lower())
                        + " to "
                        + Cells.mass(m.window().upper())
                        + ")"));
    report.verdict().ifPresent(v -> line("verdict", v.name()));
    // One line per listed substance and per covering definition, with what the chemist must
    // weigh: the controls (and their certainty), the clauses and the changes found.
    for (ListedMatch m : report.listed()) {
      line("listed", Cells.listedWithControls(m));
    }
    report
        .identification()
        .ifPresent(
            i -> {
              if (!i.similar().isEmpty()) {
                line("similar", Cells.similar(i.similar(), 5));
              }
              for (ClassDefinitionResult d : i.classDefinitions()) {
                if (d.covered()) {
                  line(
                      "covered by",
                      d.id() + " (" + d.jurisdiction().code() + "): " + d.explanation());
                }
              }
            });
    // The table shows the best few name matches; JSON and TSV carry them all.
    report.nameMatches().stream()
        .limit(NAME_MATCHES_SHOWN)
        .forEach(m -> line("name match", m.id().value() + " (" + m.matched() + ")"));
    for (String note : report.notes()) {
      line("note", note);
    }
    out.flush();
  }

  private static final int NAME_MATCHES_SHOWN = 3;

  private void structure(Structure s, QueryReport report) {
    String source =
        report
            .structureSource()
            .map(
                src ->
                    src == StructureSource.INPUT
                        ? ""
                        : "  (from " + src.name().toLowerCase(java.util.Locale.ROOT) + ")")
            .orElse("");
    line("structure", s.canonicalSmiles() + source);
    line("inchikey", s.inchiKey());
    line("formula", s.formula() + "  (monoisotopic mass " + Cells.mass(s.monoisotopicMass()) + ")");
    String removed = Cells.removed(s);
    if (!removed.isEmpty()) {
      line("removed", removed);
    }
  }

  private static String record(QueryReport report) {
    return report.record().isPresent() ? "  (record " + report.record().getAsInt() + ")" : "";
  }

  private void line(String label, String value) {
    out.printf(Locale.ROOT, FORMAT, label, value);
  }
}
