package org.opioidregistry.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.opioidregistry.core.query.QueryKind;
import org.opioidregistry.identify.BadQueryException;
import org.opioidregistry.identify.Identification;
import org.opioidregistry.identify.Identifier;
import org.opioidregistry.identify.Query;
import org.opioidregistry.identify.ScreenResult;
import org.opioidregistry.identify.Screener;
import org.opioidregistry.identify.Verdict;

/**
 * The proof run of the screen on a large SMILES file: every record is identified in full by the
 * {@link Identifier} and screened by the {@link Screener} with and without keys (so that the
 * InChIKey is compared too), and every difference is printed. Not a benchmark: it runs the slow
 * path on every record on purpose. A long file can be run in slices ({@code --skip}, the number of
 * records to pass over first) on several threads, so that other work can interleave; the totals of
 * the slices add up.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.opioidregistry.benchmarks.ScreenAgreement \
 *     /tmp/perf-peers/variants.smi 100000 --skip=200000 --threads=2
 * </pre>
 *
 * <p>Not thread-safe; a command-line tool.
 */
public final class ScreenAgreement {

  private final Identifier identifier = Identifier.bundled();
  private final Screener screener = Screener.of(identifier);
  private final Screener keyed = screener.withKeys(true);
  private final Map<Verdict, Long> verdicts = new EnumMap<>(Verdict.class);
  private long records;
  private long differences;
  private long errors;
  private long light;

  private ScreenAgreement() {}

  /**
   * Runs the comparison.
   *
   * @param args the SMILES file; optionally the number of records (default all); {@code --skip=N}
   *     records to pass over first; {@code --threads=N} worker threads (default 1)
   * @throws IOException if the file cannot be read
   * @throws InterruptedException if interrupted while waiting for the workers
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    Path file = Path.of(args[0]);
    long limit = Long.MAX_VALUE;
    long skip = 0;
    int threads = 1;
    for (int i = 1; i < args.length; i++) {
      if (args[i].startsWith("--skip=")) {
        skip = Long.parseLong(args[i].substring("--skip=".length()));
      } else if (args[i].startsWith("--threads=")) {
        threads = Integer.parseInt(args[i].substring("--threads=".length()));
      } else {
        limit = Long.parseLong(args[i]);
      }
    }
    new ScreenAgreement().run(file, skip, limit, threads);
  }

  private void run(Path file, long skip, long limit, int threads)
      throws IOException, InterruptedException {
    long start = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      long seen = 0;
      long taken = 0;
      List<String> chunk = new ArrayList<>();
      long first = skip + 1;
      for (String line = in.readLine(); line != null && taken < limit; line = in.readLine()) {
        String smiles = line.strip().split("\\s+", 2)[0];
        if (smiles.isEmpty()) {
          continue;
        }
        seen++;
        if (seen <= skip) {
          continue;
        }
        chunk.add(smiles);
        taken++;
        if (chunk.size() == 1_000) {
          compareAll(pool, threads, chunk, first);
          first += chunk.size();
          chunk = new ArrayList<>();
          if (records % 5_000 == 0) {
            report(start);
          }
        }
      }
      compareAll(pool, threads, chunk, first);
    } finally {
      pool.shutdownNow();
    }
    report(start);
  }

  /** Compares a chunk, split over the threads, then adds the counts (on this thread). */
  private void compareAll(ExecutorService pool, int threads, List<String> chunk, long first)
      throws InterruptedException {
    List<Callable<Counts>> tasks = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int from = chunk.size() * t / threads;
      int to = chunk.size() * (t + 1) / threads;
      tasks.add(
          () -> {
            Counts c = new Counts();
            for (int i = from; i < to; i++) {
              compare(first + i, chunk.get(i), c);
            }
            return c;
          });
    }
    for (Future<Counts> f : pool.invokeAll(tasks)) {
      Counts c;
      try {
        c = f.get();
      } catch (ExecutionException e) {
        throw new IllegalStateException("a comparison failed", e.getCause());
      }
      records += c.records;
      differences += c.differences;
      errors += c.errors;
      light += c.light;
      c.verdicts.forEach((v, n) -> verdicts.merge(v, n, Long::sum));
      for (String line : c.lines) {
        System.out.println(line);
      }
    }
  }

  /** One thread's counts for a part of a chunk. */
  private static final class Counts {
    final Map<Verdict, Long> verdicts = new EnumMap<>(Verdict.class);
    final List<String> lines = new ArrayList<>();
    long records;
    long differences;
    long errors;
    long light;
  }

  private void compare(long number, String smiles, Counts c) {
    c.records++;
    Query q = Query.of(QueryKind.SMILES, smiles);
    Identification expected;
    try {
      expected = identifier.identify(q);
    } catch (BadQueryException e) {
      c.errors++;
      String again = error(screener, q);
      String againKeyed = error(keyed, q);
      String mine = e.problem() + ": " + e.getMessage();
      if (!mine.equals(again) || !mine.equals(againKeyed)) {
        c.differences++;
        c.lines.add(
            "record "
                + number
                + " "
                + smiles
                + ": error "
                + mine
                + " vs "
                + again
                + " / "
                + againKeyed);
      }
      return;
    }
    c.verdicts.merge(expected.verdict(), 1L, Long::sum);
    for (Screener s : List.of(screener, keyed)) {
      ScreenResult r;
      try {
        r = s.screen(q);
      } catch (BadQueryException e) {
        c.differences++;
        c.lines.add("record " + number + " " + smiles + ": screen refused it: " + e);
        continue;
      }
      if (s == screener && r.identification().isEmpty()) {
        c.light++;
      }
      List<String> diff = r.differencesFrom(expected);
      if (!diff.isEmpty()) {
        c.differences++;
        c.lines.add("record " + number + " " + smiles + ": " + diff);
      }
    }
  }

  private static String error(Screener screener, Query q) {
    try {
      screener.screen(q);
      return "no error";
    } catch (BadQueryException e) {
      return e.problem() + ": " + e.getMessage();
    }
  }

  private void report(long start) {
    System.out.printf(
        Locale.ROOT,
        "%,d records: %,d differences, %,d unreadable (same error both ways unless counted),"
            + " %,d decided without InChI (%.2f %%), verdicts %s, %.0f s%n",
        records,
        differences,
        errors,
        light,
        100.0 * light / Math.max(1, records - errors),
        verdicts,
        (System.nanoTime() - start) / 1e9);
    System.out.flush();
  }
}
