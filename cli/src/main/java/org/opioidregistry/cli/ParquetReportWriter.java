package org.opioidregistry.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import org.opioidregistry.cli.report.ReportWriter;
import org.opioidregistry.identify.BadQueryException;
import org.opioidregistry.identify.Identification;
import org.opioidregistry.identify.IdentifierSettings;
import org.opioidregistry.identify.Query;
import org.opioidregistry.identify.ScreenResult;
import org.opioidregistry.identify.ScreenRow;
import org.opioidregistry.parquet.ScreenParquetWriter;

/**
 * {@code screen --format parquet --output FILE}: one typed row per record, the bad ones too,
 * written aside and moved into place by {@link #commit()}. Only this class names the Parquet
 * module, and only {@link ScreenOutput} names this class for that format, so that no other command
 * loads Parquet's classes.
 *
 * <p>Not thread-safe: one thread writes.
 */
final class ParquetReportWriter implements ReportWriter, AutoCloseable {

  private final ScreenParquetWriter out;

  private ParquetReportWriter(ScreenParquetWriter out) {
    this.out = out;
  }

  static ParquetReportWriter create(Path file, Map<String, String> metadata) throws IOException {
    return new ParquetReportWriter(ScreenParquetWriter.create(file, metadata));
  }

  @Override
  public void write(Identification identification) {
    row(ScreenRow.of(identification));
  }

  @Override
  public void writeError(long record, Query query, BadQueryException error) {
    row(ScreenRow.error(record, query, error));
  }

  @Override
  public void writeScreen(ScreenResult result, IdentifierSettings settings) {
    row(ScreenRow.of(result));
  }

  private void row(ScreenRow row) {
    try {
      out.write(row);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void commit() throws IOException {
    out.commit();
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
