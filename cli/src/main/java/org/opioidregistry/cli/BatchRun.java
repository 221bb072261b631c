package org.opioidregistry.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.opioidregistry.cli.report.ReportWriter;
import org.opioidregistry.core.query.QueryKind;
import org.opioidregistry.identify.BadQueryException;
import org.opioidregistry.identify.Identification;
import org.opioidregistry.identify.Identifier;
import org.opioidregistry.identify.IdentifierSettings;
import org.opioidregistry.identify.Query;
import org.opioidregistry.identify.RecordOutcome;
import org.opioidregistry.identify.ScreenOutcome;
import org.opioidregistry.identify.ScreenResult;
import org.opioidregistry.identify.Screener;

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
    Outcomes outcomes = new Outcomes(source, inputName, writer, problems, tally, progress);
    identifier.identifyAll(
        outcomes.queries(),
        threads,
        (RecordOutcome o) ->
            outcomes.complete(
                o.record(),
                o.query(),
                o.identification(),
                o.error(),
                id -> {
                  tally.add(id);
                  if (shown.test(id)) {
                    writer.write(id);
                  }
                }));
  }

  /**
   * Screens every record with the {@link Screener}: the same verdicts as {@link #run}, with InChI
   * only where it can change the answer (or on every record, for a screener with keys).
   *
   * @param shown which results to write (all are counted)
   */
  static void screen(
      BatchSource source,
      String inputName,
      Screener screener,
      int threads,
      ReportWriter writer,
      Problems problems,
      Tally tally,
      Progress progress,
      Predicate<ScreenResult> shown) {
    Outcomes outcomes = new Outcomes(source, inputName, writer, problems, tally, progress);
    IdentifierSettings settings = screener.identifier().settings();
    screener.screenAll(
        outcomes.queries(),
        threads,
        (ScreenOutcome o) ->
            outcomes.complete(
                o.record(),
                o.query(),
                o.result(),
                o.error(),
                result -> {
                  tally.add(result);
                  if (shown.test(result)) {
                    writer.writeScreen(result, settings);
                  }
                }));
  }

  /**
   * The one loop of both runs: hands out the records as queries, and takes their outcomes back in
   * input order, each a result for {@code done} or a bad record reported with its line.
   */
  private static final class Outcomes {
    private final BatchSource source;
    private final String inputName;
    private final ReportWriter writer;
    private final Problems problems;
    private final Tally tally;
    private final Progress progress;

    /**
     * The records whose outcomes are still to come, oldest first: outcomes arrive in input order,
     * and the error line needs the record's first line in the file.
     */
    private final Deque<BatchItem> pending = new ArrayDeque<>();

    Outcomes(
        BatchSource source,
        String inputName,
        ReportWriter writer,
        Problems problems,
        Tally tally,
        Progress progress) {
      this.source = source;
      this.inputName = inputName;
      this.writer = writer;
      this.problems = problems;
      this.tally = tally;
      this.progress = progress;
    }

    /** Records read on demand; each is remembered until its outcome comes back. */
    Iterator<Query> queries() {
      return new Iterator<>() {
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
    }

    /** Takes the next record's outcome: its result, or the error that made it a bad record. */
    <R> void complete(
        long record,
        Query query,
        Optional<R> result,
        Optional<BadQueryException> error,
        Consumer<R> done) {
      BatchItem item = pending.removeFirst();
      if (error.isPresent()) {
        bad(item, record, query, error.get());
      } else {
        done.accept(result.orElseThrow());
      }
      progress.update(tally.reports() + tally.bad());
    }

    private void bad(BatchItem item, long record, Query query, BadQueryException e) {
      int line = item.line() + e.line().orElse(1) - 1;
      tally.addBad(item.number());
      writer.writeError(record, query, e);
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
    }
  }

  private static Query query(BatchItem item) {
    return switch (item.mode()) {
      case MOL_BLOCK -> Query.of(QueryKind.MOL_BLOCK, item.text()).withLabel(item.label());
      case SMILES -> Query.of(QueryKind.SMILES, item.text());
      case DETECT -> Query.detect(item.text());
    };
  }
}
