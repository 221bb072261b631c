package org.opioidregistry.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.opioidregistry.cli.report.OutputFormat;
import org.opioidregistry.cli.report.ReportWriter;

/**
 * Where a screen's report goes: standard output, or with {@code --output FILE} a file that appears
 * whole when the screen is done and not at all when it fails (Parquet only ever goes to a file).
 *
 * <p>Not thread-safe: one per run.
 */
final class ScreenOutput implements AutoCloseable {

  private final ReportWriter writer;
  private final PrintWriter text;
  private final AtomicFile file;
  private final ParquetReportWriter parquet;

  private ScreenOutput(
      ReportWriter writer, PrintWriter text, AtomicFile file, ParquetReportWriter parquet) {
    this.writer = writer;
    this.text = text;
    this.file = file;
    this.parquet = parquet;
  }

  /**
   * Opens the output.
   *
   * @param metadata what a Parquet file's footer records (provenance), asked only for Parquet
   * @throws IOException when the file cannot be started beside its target
   */
  static ScreenOutput open(
      OutputFormat format,
      Optional<Path> output,
      PrintWriter stdout,
      Supplier<Map<String, String>> metadata)
      throws IOException {
    if (format == OutputFormat.PARQUET) {
      ParquetReportWriter parquet =
          ParquetReportWriter.create(output.orElseThrow(), metadata.get());
      return new ScreenOutput(parquet, null, null, parquet);
    }
    if (output.isEmpty()) {
      return new ScreenOutput(format.writer(stdout), stdout, null, null);
    }
    AtomicFile file = AtomicFile.create(output.get());
    PrintWriter text = new PrintWriter(file.writer());
    return new ScreenOutput(format.writer(text), text, file, null);
  }

  ReportWriter writer() {
    return writer;
  }

  /**
   * Finishes the output: flushes standard output, or puts the file in place.
   *
   * @throws IOException when the file cannot be written
   */
  void commit() throws IOException {
    if (parquet != null) {
      parquet.commit();
      return;
    }
    text.flush();
    if (file != null) {
      if (text.checkError()) {
        throw new IOException("cannot write " + file.target() + " (is the disk full?)");
      }
      file.commit();
    }
  }

  @Override
  public void close() throws IOException {
    if (parquet != null) {
      parquet.close();
    } else if (file != null) {
      file.close();
    }
  }
}
