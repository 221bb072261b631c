package org.opioidregistry.cli.report;

import org.opioidregistry.identify.BadQueryException;
import org.opioidregistry.identify.Identification;
import org.opioidregistry.identify.Query;

/**
 * Renders identifications, one at a time, as they are made: a batch of any length streams through.
 *
 * <p>Not thread-safe: one writer per output, used by one thread (a batch's outcomes arrive in input
 * order on one thread).
 */
public interface ReportWriter {

  /** Writes one identification and flushes it, so that a reader of a pipe sees it at once. */
  void write(Identification identification);

  /**
   * Writes the record of a query that could not be read, where the format has one (JSON Lines and
   * TSV keep one line per record); the one-line message on standard error is the caller's.
   *
   * @param record the one-based record number, or 0 outside a batch
   */
  void writeError(long record, Query query, BadQueryException error);
}
