package org.opioidregistry.cli.report;

/**
 * Writes query reports, one at a time, as they are made: a batch of any length streams through.
 *
 * <p>Not thread-safe: one writer per output, used by one thread (the batch runner writes in input
 * order from one thread).
 */
public interface ReportWriter {

  /** Writes one report and flushes it, so that a reader of a pipe sees it at once. */
  void write(QueryReport report);
}
