package org.opioidregistry.cli.report;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Objects;
import org.opioidregistry.core.classdef.Coverage;
import org.opioidregistry.core.structure.Structure;
import org.opioidregistry.identify.BadQueryException;
import org.opioidregistry.identify.CandidateMatch;
import org.opioidregistry.identify.ClassDefinitionResult;
import org.opioidregistry.identify.Identification;
import org.opioidregistry.identify.ListedMatch;
import org.opioidregistry.identify.Query;
import org.opioidregistry.identify.StructureSource;
import org.opioidregistry.search.NameMatch;

/**
 * A readable block of labelled lines per identification, blocks separated by a blank line. It shows
 * what the JSON record has, in short: every similar hit asked for, each name match with its
 * strength, every covering and undetermined definition, candidates with their basis, warnings.
 * Every value is passed through {@link Cells#safe}.
 *
 * <p>Not thread-safe: one thread writes.
 */
final class TableReportWriter implements ReportWriter {

  private static final String FORMAT = "%-13s%s%n";

  /** The table shows the best few name matches; JSON and TSV carry them all. */
  private static final int NAME_MATCHES_SHOWN = 3;

  private final PrintWriter out;
  private boolean first = true;

  TableReportWriter(PrintWriter out) {
    this.out = Objects.requireNonNull(out);
  }

  @Override
  public void write(Identification id) {
    if (!first) {
      out.println();
    }
    first = false;
    String record = id.record().isPresent() ? "  (record " + id.record().getAsLong() + ")" : "";
    line("query", id.query().shownAs() + record);
    line("detected as", id.detectedAs().name());
    if (id.structure().isPresent()) {
      structure(id.structure().get(), id.structureSource().orElseThrow());
    } else if (id.formula().isPresent()) {
      line(
          "formula",
          id.formula().get().hill()
              + "  (monoisotopic mass "
              + Cells.mass(id.formula().get().monoisotopicMass())
              + ")");
    }
    if (id.query().mass().isPresent()) {
      var m = id.query().mass().get();
      line(
          "mass",
          "m/z "
              + Cells.mass(m.observed())
              + " as "
              + m.adduct().notation()
              + " -> M "
              + Cells.mass(m.neutralMass())
              + " ± "
              + m.ppm()
              + " ppm ("
              + Cells.mass(m.window().lower())
              + " to "
              + Cells.mass(m.window().upper())
              + ")");
    }
    line("verdict", id.verdict().name());
    for (ListedMatch m : id.listed()) {
      line("listed", Cells.listed(m));
    }
    if (!id.similar().isEmpty()) {
      line("similar", Cells.similar(id.similar()));
    }
    for (ClassDefinitionResult d : id.classDefinitions()) {
      if (d.covered()) {
        line(
            "covered by",
            d.definitionId() + " (" + d.jurisdiction().code() + "): " + d.evaluation().summary());
      } else if (d.evaluation().coverage() == Coverage.UNDETERMINED) {
        line(
            "undetermined",
            d.definitionId()
                + " ("
                + d.jurisdiction().code()
                + "): "
                + d.evaluation().reason().orElse(""));
      }
    }
    for (CandidateMatch c : id.candidates()) {
      String ppm =
          c.ppmError().isPresent()
              ? String.format(Locale.ROOT, ", %+.1f ppm", c.ppmError().getAsDouble())
              : "";
      line(
          "candidate",
          c.substance().id().value()
              + " ("
              + c.basis().name()
              + ppm
              + "): "
              + Cells.controls(c.controls()));
    }
    id.names().stream().limit(NAME_MATCHES_SHOWN).forEach(this::nameMatch);
    for (String warning : id.warnings()) {
      line("warning", warning);
    }
    out.flush();
  }

  @Override
  public void writeError(long record, Query query, BadQueryException error) {
    // The one-line message on standard error says it all; the table has no line per record.
  }

  private void nameMatch(NameMatch m) {
    line(
        "name match",
        m.substance().id().value()
            + " ("
            + m.matchedName()
            + ": "
            + m.kind().name()
            + String.format(Locale.ROOT, " %.2f", m.score())
            + ")");
  }

  private void structure(Structure s, StructureSource source) {
    line(
        "structure",
        s.canonicalSmiles()
            + (source == StructureSource.INPUT ? "" : "  (from " + source.name() + ")"));
    line("inchikey", s.inchiKey());
    line("formula", s.formula() + "  (monoisotopic mass " + Cells.mass(s.monoisotopicMass()) + ")");
    String removed = Cells.removed(s);
    if (!removed.isEmpty()) {
      line("removed", removed);
    }
  }

  private void line(String label, String value) {
    out.printf(Locale.ROOT, FORMAT, label, Cells.safe(value));
  }
}
