package org.opioidregistry.benchmarks;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.opioidregistry.core.fingerprint.Fingerprint;
import org.opioidregistry.core.similarity.FingerprintIndex;
import org.opioidregistry.core.similarity.Hit;
import org.opioidregistry.core.similarity.internal.IntersectionKernels;

/**
 * Latency of one similarity query over the index: threshold 0.7 and 0.8, top-10 and top-100, the
 * brute-force full scan as baseline, and the same queries split over two tasks ({@code *Par2}).
 * Each invocation runs the next of 15 fixed queries (rows {@code (j*99991+17) % N}), cycling.
 *
 * <p>Run with {@code -t 2} to measure two independent queries at once (throughput of a server).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms4g", "-Xmx8g"})
public class SearchBenchmark {

  /** The index and queries, loaded once per trial. */
  @State(Scope.Benchmark)
  public static class Data {
    /** FPS file; empty for the synthetic generator. */
    @Param({""})
    public String fps;

    /** Fingerprint length. */
    @Param({"1024", "2048"})
    public int bits;

    /** Rows to index. */
    @Param({"1000000"})
    public int size;

    /**
     * Bit lengths of other indexes searched in the setup before the measured one, joined by {@code
     * +} (JMH splits parameter values at commas), e.g. {@code -p otherBits=2048+166}: a JVM serving
     * several fingerprint types (ECFP4 2048, PATH 1024, MACCS 166) reaches the index's
     * vector-kernel call sites with both vector kernel classes, or inlines the scalar count at more
     * widths, which changes what the JIT compiles there. Empty (the default): the measured index's
     * kernel is the only one the JVM has seen.
     */
    @Param({""})
    public String otherBits;

    FingerprintIndex index;
    List<Fingerprint> queries;
    ExecutorService pool;

    /** Loads the data and starts the two-thread pool for the parallel variants. */
    @Setup(Level.Trial)
    public void load() throws IOException {
      MachineInfo.print();
      System.err.println("# vector     " + IntersectionKernels.vectorStatus());
      Datasets d = Datasets.load(fps, bits, size, 15);
      index = d.index();
      queries = d.queries();
      for (String other : otherBits.split("\\+")) {
        if (!other.isBlank()) {
          searchOtherWidth(Integer.parseInt(other.trim()));
        }
      }
      pool = Executors.newFixedThreadPool(2);
    }

    /** Every search method, many times, over a small synthetic index of another width. */
    private static void searchOtherWidth(int bits) throws IOException {
      Datasets other = Datasets.load("", bits, 20_000, 15);
      long hits = 0;
      for (int i = 0; i < 300; i++) {
        Fingerprint q = other.queries().get(i % 15);
        hits += other.index().threshold(q, 0.7).size();
        hits += other.index().topK(q, 10).size();
        hits += other.index().bruteForceThreshold(q, 0.7).size();
      }
      System.err.println("# other      " + bits + " bits searched first (" + hits + " hits)");
    }

    /** Stops the pool. */
    @TearDown(Level.Trial)
    public void stop() {
      pool.shutdownNow();
    }
  }

  /** Which query comes next, per benchmark thread. */
  @State(Scope.Thread)
  public static class Cursor {
    int j;

    Fingerprint next(Data d) {
      Fingerprint q = d.queries.get(j);
      j = (j + 1) % d.queries.size();
      return q;
    }
  }

  /** Tanimoto >= 0.7 with BitBound pruning. */
  @Benchmark
  public List<Hit> threshold07(Data d, Cursor c) {
    return d.index.threshold(c.next(d), 0.7);
  }

  /** Tanimoto >= 0.8 with BitBound pruning. */
  @Benchmark
  public List<Hit> threshold08(Data d, Cursor c) {
    return d.index.threshold(c.next(d), 0.8);
  }

  /** The 10 best, bins visited outward from the query's popcount. */
  @Benchmark
  public List<Hit> top10(Data d, Cursor c) {
    return d.index.topK(c.next(d), 10);
  }

  /** The 100 best. */
  @Benchmark
  public List<Hit> top100(Data d, Cursor c) {
    return d.index.topK(c.next(d), 100);
  }

  /** Every row scored (no pruning), keeping those >= 0.7: N comparisons per call. */
  @Benchmark
  public List<Hit> fullScan(Data d, Cursor c) {
    return d.index.bruteForceThreshold(c.next(d), 0.7);
  }

  /** Threshold 0.7 split over two tasks on a two-thread pool. */
  @Benchmark
  public List<Hit> threshold07Par2(Data d, Cursor c) {
    return d.index.threshold(c.next(d), 0.7, d.pool, 2);
  }

  /** Top-10 split over two tasks on a two-thread pool. */
  @Benchmark
  public List<Hit> top10Par2(Data d, Cursor c) {
    return d.index.topK(c.next(d), 10, d.pool, 2);
  }
}
