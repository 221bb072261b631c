package org.opioidregistry.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.function.Predicate;
import org.opioidregistry.cli.report.ReportWriter;
import org.opioidregistry.core.query.QueryKind;
import org.opioidregistry.identify.BadQueryException;
import org.opioidregistry.identify.Identification;
import org.opioidregistry.identify.Identifier;
import org.opioidregistry.identify.Query;
import org.opioidregistry.identify.RecordOutcome;

/**
 * Runs a batch input through {@link Identifier#identifyAll}: turns each raw record into a query,
 * renders the outcomes in input order, and reports a bad record on one line of standard error with
 * its input, record number and line, while the others go on.
 *
 * <p>Not thread-safe: one run at a time, on the calling thread.
 */
final class BatchRun {

  private BatchRun() {}

  /**
   * Identifies every record.
   *
   * @param shown which identifications to write (all are counted)
   */
  static void run(
      BatchSource source,
      String inputName,
      Identifier identifier,
      int threads,
      ReportWriter writer,
      Problems problems,
      Tally tally,
      Progress progress,
      Predicate<Identification> shown) {
    // The records whose outcomes are still to come, oldest first: outcomes arrive in input order,
    // and the error line needs the record's first line in the file.
    Deque<BatchItem> pending = new ArrayDeque<>();
    Iterator<Query> queries =
        new Iterator<>() {
          @Override
          public boolean hasNext() {
            return source.hasNext();
          }

          @Override
          public Query next() {
            BatchItem item = source.next();
            pending.addLast(item);
            return query(item);
          }
        };
    identifier.identifyAll(
        queries,
        threads,
        (RecordOutcome outcome) -> {
          BatchItem item = pending.removeFirst();
          if (outcome.error().isPresent()) {
            BadQueryException e = outcome.error().get();
            int line = item.line() + e.line().orElse(1) - 1;
            tally.addBad(item.number());
            writer.writeError(outcome.record(), outcome.query(), e);
            problems.badInput(
                new BadInputException(
                    inputName
                        + " record "
                        + item.number()
                        + " (line "
                        + line
                        + "): "
                        + Messages.quote(item.label())
                        + ": "
                        + e.getMessage(),
                    e));
          } else {
            Identification id = outcome.identification().get();
            tally.add(id);
            if (shown.test(id)) {
              writer.write(id);
            }
          }
          progress.update(tally.reports() + tally.bad());
        });
  }

  private static Query query(BatchItem item) {
    return switch (item.mode()) {
      case MOL_BLOCK -> Query.of(QueryKind.MOL_BLOCK, item.text()).withLabel(item.label());
      case SMILES -> Query.of(QueryKind.SMILES, item.text());
      case DETECT -> Query.detect(item.text());
    };
  }
}
