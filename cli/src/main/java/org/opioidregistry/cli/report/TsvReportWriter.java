package org.opioidregistry.cli.report;

import java.io.PrintWriter;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.opioidregistry.identify.BadQueryException;
import org.opioidregistry.identify.Identification;
import org.opioidregistry.identify.IdentifierSettings;
import org.opioidregistry.identify.Query;
import org.opioidregistry.identify.ScreenResult;
import org.opioidregistry.identify.ScreenRow;

/**
 * Tab-separated values: a header line ({@link ScreenRow#COLUMNS}), then one row per record (a query
 * that could not be read has its error in the last column), enum values as their constant names.
 *
 * <p>Every row is written from its {@link ScreenRow}, the one place that decides a record's cells
 * (the Parquet writer writes the same row): this class only spells them as text. Links are {@code
 * id (kind)}, scores and masses have two and four decimals, list cells are joined with {@code ", "}
 * and warnings with {@code "; "}.
 *
 * <p>Not thread-safe: one thread writes.
 */
final class TsvReportWriter implements ReportWriter {

  private final PrintWriter out;
  private boolean headerWritten;

  /** The row being written, reused: a screen writes millions of rows. */
  private final StringBuilder line = new StringBuilder(256);

  /** Cells of the row written so far. */
  private int cells;

  TsvReportWriter(PrintWriter out) {
    this.out = Objects.requireNonNull(out);
  }

  @Override
  public void write(Identification id) {
    row(ScreenRow.of(id), true);
  }

  @Override
  public void writeScreen(ScreenResult r, IdentifierSettings settings) {
    // An identified record is written as an identification is, and flushed like one.
    row(ScreenRow.of(r), r.identification().isPresent());
  }

  @Override
  public void writeError(long record, Query query, BadQueryException error) {
    row(ScreenRow.error(record, query, error), true);
  }

  private void row(ScreenRow row, boolean flush) {
    if (!headerWritten) {
      out.println(String.join("\t", ScreenRow.COLUMNS));
      headerWritten = true;
    }
    line.setLength(0);
    cells = 0;
    cell(row.query());
    cell(row.detectedAs().orElse(""));
    cell(number(row.record()));
    cell(row.smiles().orElse(""));
    cell(row.inchiKey().orElse(""));
    cell(row.formula().orElse(""));
    cell(mass(row.monoisotopicMass()));
    cell(String.join(", ", row.removed()));
    cell(row.verdict().map(Enum::name).orElse(""));
    links(row.listed());
    scored(row.similar());
    links(row.classDefinitions());
    links(row.candidates());
    links(row.nameMatches());
    cell(String.join("; ", row.warnings()));
    cell(row.error().orElse(""));
    out.println(line);
    if (flush) {
      out.flush();
    }
  }

  private static String number(OptionalLong n) {
    return n.isPresent() ? Long.toString(n.getAsLong()) : "";
  }

  private static String mass(OptionalDouble mass) {
    return mass.isPresent() ? Cells.mass(mass.getAsDouble()) : "";
  }

  private void links(List<ScreenRow.Link> links) {
    separator();
    for (int i = 0; i < links.size(); i++) {
      if (i > 0) {
        line.append(", ");
      }
      appendClean(line, links.get(i).id());
      line.append(" (");
      appendClean(line, links.get(i).kind());
      line.append(')');
    }
  }

  private void scored(List<ScreenRow.Scored> similar) {
    separator();
    for (int i = 0; i < similar.size(); i++) {
      if (i > 0) {
        line.append(", ");
      }
      appendClean(line, similar.get(i).id());
      line.append(' ').append(Cells.score(similar.get(i).score()));
    }
  }

  private void cell(String text) {
    separator();
    appendClean(line, text);
  }

  /** A tab before every cell but the first. */
  private void separator() {
    if (cells++ > 0) {
      line.append('\t');
    }
  }

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
