package org.opioidregistry.cli.report;

import java.io.PrintWriter;

/**
 * The output formats of the commands.
 *
 * <p>Immutable and thread-safe.
 */
public enum OutputFormat {
  /** A readable block per query, for a person at a terminal. */
  TABLE,
  /** One JSON object per query, one per line (JSON Lines), for programs. */
  JSON,
  /** Tab-separated values with a header line, for spreadsheets. */
  TSV,
  /**
   * Apache Parquet, the columns of TSV typed, for downstream tools: {@code screen} only, and only
   * to a file ({@code --output}); not text, so it has no writer here.
   */
  PARQUET;

  /**
   * A new writer of this format on the given output.
   *
   * @throws IllegalArgumentException for {@link #PARQUET}, which is no text format
   */
  public ReportWriter writer(PrintWriter out) {
    return switch (this) {
      case TABLE -> new TableReportWriter(out);
      case JSON -> new JsonReportWriter(out);
      case TSV -> new TsvReportWriter(out);
      case PARQUET ->
          throw new IllegalArgumentException("Parquet is written to a file: screen --output FILE");
    };
  }
}
