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
  TSV;

  /** A new writer of this format on the given output. */
  public ReportWriter writer(PrintWriter out) {
    return switch (this) {
      case TABLE -> new TableReportWriter(out);
      case JSON -> new JsonReportWriter(out);
      case TSV -> new TsvReportWriter(out);
    };
  }
}
