package org.opioidregistry.cli;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.opioidregistry.cli.report.QueryReport;
import org.opioidregistry.cli.report.ReportWriter;
import org.opioidregistry.core.query.DetectedQuery;
import org.opioidregistry.core.query.QueryDetector;
import org.opioidregistry.core.query.QueryKind;
import org.opioidregistry.core.structure.InputFormat;
import org.opioidregistry.core.structure.ParseLimits;
import org.opioidregistry.core.structure.Structure;
import org.opioidregistry.core.structure.StructureParseException;
import org.opioidregistry.core.structure.StructureParser;

/**
 * Runs a batch: reads records on the calling thread, parses and identifies them on a pool of worker
 * threads, and writes reports in input order from the calling thread. Records go through in chunks,
 * so that memory stays constant however long the input. A bad record is reported on one line of
 * standard error and the others go on.
 *
 * <p>Not thread-safe: one run at a time; {@link #close()} stops the pool.
 */
final class BatchRunner implements AutoCloseable {

  /** Records per chunk: enough to keep every worker busy, few enough to show progress often. */
  private static final int CHUNK = 256;

  private final QueryResolver resolver;
  private final QueryDetector detector;
  private final ReportWriter writer;
  private final Problems problems;
  private final String inputName;
  private final Predicate<QueryReport> shown;
  private final ExecutorService pool;

  /**
   * @param inputName what error lines call the input, e.g. the file name
   * @param threads worker threads, at least 1
   * @param shown which reports to write (all are counted)
   */
  BatchRunner(
      QueryResolver resolver,
      QueryDetector detector,
      ReportWriter writer,
      Problems problems,
      String inputName,
      int threads,
      Predicate<QueryReport> shown) {
    this.resolver = Objects.requireNonNull(resolver);
    this.detector = Objects.requireNonNull(detector);
    this.writer = Objects.requireNonNull(writer);
    this.problems = Objects.requireNonNull(problems);
    this.inputName = Objects.requireNonNull(inputName);
    this.shown = Objects.requireNonNull(shown);
    this.pool =
        Executors.newFixedThreadPool(
            Math.max(1, threads),
            task -> {
              Thread thread = new Thread(task, "opioid-registry-worker");
              thread.setDaemon(true);
              return thread;
            });
  }

  /** What became of one record: a report, or why there is none. */
  private record Outcome(BatchItem item, QueryReport report, BadInputException error) {}

  /** Processes every record, adding to the tally. */
  void run(Iterator<BatchItem> items, Tally tally, Progress progress) {
    List<BatchItem> chunk = new ArrayList<>(CHUNK);
    while (items.hasNext()) {
      chunk.add(items.next());
      if (chunk.size() == CHUNK) {
        process(chunk, tally, progress);
        chunk.clear();
      }
    }
    process(chunk, tally, progress);
  }

  private void process(List<BatchItem> chunk, Tally tally, Progress progress) {
    List<Future<Outcome>> futures = new ArrayList<>(chunk.size());
    for (BatchItem item : chunk) {
      futures.add(pool.submit(() -> resolve(item)));
    }
    for (Future<Outcome> future : futures) {
      Outcome outcome = await(future);
      if (outcome.error() != null) {
        tally.addBad(outcome.item().number());
        problems.badInput(outcome.error());
      } else {
        tally.add(outcome.report());
        if (shown.test(outcome.report())) {
          writer.write(outcome.report());
        }
      }
      progress.update(tally.reports() + tally.bad());
    }
  }

  private static Outcome await(Future<Outcome> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      // Not bad input (that is an Outcome): a bug or a registry failure, which ends the run.
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private Outcome resolve(BatchItem item) {
    try {
      return new Outcome(item, report(item), null);
    } catch (StructureParseException e) {
      int line = item.line() + e.line().orElse(1) - 1;
      return new Outcome(item, null, badRecord(item, line, e));
    } catch (BadInputException e) {
      return new Outcome(item, null, badRecord(item, item.line(), e));
    }
  }

  private QueryReport report(BatchItem item) {
    return switch (item.mode()) {
      case MOL_BLOCK -> structure(item, QueryKind.MOL_BLOCK, InputFormat.MOLFILE);
      case SMILES -> structure(item, QueryKind.SMILES, InputFormat.SMILES);
      case DETECT -> detected(item);
    };
  }

  private QueryReport structure(BatchItem item, QueryKind kind, InputFormat format) {
    Structure structure = StructureParser.parse(item.text(), format, ParseLimits.DEFAULT);
    return resolver.resolveRecord(item.label(), kind, item.number(), structure);
  }

  private QueryReport detected(BatchItem item) {
    DetectedQuery query;
    try {
      query = detector.detect(item.text());
    } catch (IllegalArgumentException e) {
      throw Messages.badQuery(item.text(), e);
    }
    if (query.kind() == QueryKind.FILE) {
      throw new BadInputException(
          Messages.quote(item.text()) + ": a file name inside a batch is not read", null);
    }
    return resolver.resolve(query).withRecord(item.number());
  }

  private BadInputException badRecord(BatchItem item, int line, RuntimeException e) {
    String what =
        e instanceof BadInputException
            ? e.getMessage()
            : Messages.quote(item.label()) + ": " + Messages.firstLine(e);
    return new BadInputException(
        inputName + " record " + item.number() + " (line " + line + "): " + what, e);
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
