package org.opioidregistry.cli.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.opioidregistry.identify.BadQueryException;
import org.opioidregistry.identify.Identification;
import org.opioidregistry.identify.IdentificationJson;
import org.opioidregistry.identify.Query;

/**
 * JSON Lines: the identify module's record, one object per line, and the error record for a query
 * that could not be read, so that a batch has exactly one line per input record.
 *
 * <p>Not thread-safe: one thread writes.
 */
final class JsonReportWriter implements ReportWriter {

  private final PrintWriter out;

  JsonReportWriter(PrintWriter out) {
    this.out = Objects.requireNonNull(out);
  }

  @Override
  public void write(Identification identification) {
    try {
      IdentificationJson.write(out, identification);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println();
    out.flush();
  }

  @Override
  public void writeError(long record, Query query, BadQueryException error) {
    try {
      IdentificationJson.writeError(out, record, query, error);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println();
    out.flush();
  }
}
