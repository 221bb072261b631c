package org.opioidregistry.core.similarity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import org.opioidregistry.core.fingerprint.Fingerprint;
import org.opioidregistry.core.similarity.internal.IntersectionKernel;
import org.opioidregistry.core.similarity.internal.IntersectionKernels;

/**
 * An immutable in-memory index of fingerprints of one bit length, searched by Tanimoto similarity.
 *
 * <p>Layout: all fingerprints live in one contiguous {@code long[]} arena, row after row, sorted by
 * popcount, with the first row of each popcount recorded. Search uses the BitBound (Swamidass and
 * Baldi 2007): a row with popcount {@code b} cannot score more than {@code min(a,b)/max(a,b)}
 * against a query with popcount {@code a}, so a threshold search reads only the rows whose popcount
 * can reach the threshold (one contiguous slice of the arena) and a top-k search visits popcount
 * bins outward from the query's, best bound first, and stops as soon as no remaining bin can beat
 * the current k-th score. The inner loop allocates nothing. Where the Vector API kernel is in use
 * (Java 21+, {@code jdk.incubator.vector} present, 512-bit vectors, 1024 or 2048 bits; {@code
 * IntersectionKernels} decides) rows are scored by it in blocks of 256; otherwise the scalar count
 * is inlined per row, exactly as before the vector kernel existed (the scalar count scored in
 * blocks was not shown to cost nothing on Java 17: benchmarks/README.md, "Vector API").
 *
 * <p>Scores are exactly those of {@link Fingerprint#tanimoto(Fingerprint)}, and every result list
 * is in {@link Hit#ORDER} (score descending, then id ascending), whatever the search method, so the
 * pruned searches, the brute-force scans and the parallel variants return equal lists. Ids are the
 * caller's; they should be unique.
 *
 * <pre>{@code
 * FingerprintIndex.Builder b = FingerprintIndex.builder(2048);
 * b.add(17, fentanylFp);
 * FingerprintIndex index = b.build();
 * List<Hit> near = index.threshold(query, 0.7);
 * List<Hit> top = index.topK(query, 10, executor, 2); // two tasks on the caller's executor
 * }</pre>
 *
 * <p>Thread safety: immutable once built and safe for any number of concurrent searches.
 */
public final class FingerprintIndex {

  // Rows scored per vector-kernel call: one call per block keeps the kernel's own loop compiled
  // on its own and the call's cost out of the per-row budget, while the counts stay in L1 (1 KiB).
  private static final int BLOCK = 256;

  private final int bitLength;
  private final int wordsPerRow;
  private final int size;
  private final long[] arena;
  private final int[] ids;
  // Rows with popcount p are [binStart[p], binStart[p + 1]).
  private final int[] binStart;

  /**
   * Indexes of at most this many rows also keep, per bit, the rows that set it: a threshold search
   * then counts each row's intersection from the query's set bits (a few dozen bits, each set in a
   * few rows) instead of reading every row of the candidate bins word by word, and tests each row's
   * score directly instead of computing a bound per popcount bin. A registry of a few hundred
   * substances is searched once per screened record; a large index keeps the row scan.
   */
  static final int SPARSE_MAX_ROWS = 4096;

  /** For small indexes: rows (ascending) whose fingerprint sets bit i, else null. */
  private final int[][] rowsOfBit;

  /** For small indexes: the popcount of each row, else null. */
  private final int[] popcountOf;

  private FingerprintIndex(int bitLength, int size, long[] arena, int[] ids, int[] binStart) {
    this.bitLength = bitLength;
    this.wordsPerRow = (bitLength + 63) >>> 6;
    this.size = size;
    this.arena = arena;
    this.ids = ids;
    this.binStart = binStart;
    if (size <= SPARSE_MAX_ROWS) {
      popcountOf = new int[size];
      int bits = wordsPerRow << 6;
      int[] perBit = new int[bits];
      for (int r = 0; r < size; r++) {
        for (int w = 0; w < wordsPerRow; w++) {
          long word = arena[r * wordsPerRow + w];
          popcountOf[r] += Long.bitCount(word);
          for (; word != 0; word &= word - 1) {
            perBit[(w << 6) + Long.numberOfTrailingZeros(word)]++;
          }
        }
      }
      rowsOfBit = new int[bits][];
      for (int i = 0; i < bits; i++) {
        rowsOfBit[i] = new int[perBit[i]];
        perBit[i] = 0;
      }
      for (int r = 0; r < size; r++) {
        for (int w = 0; w < wordsPerRow; w++) {
          for (long word = arena[r * wordsPerRow + w]; word != 0; word &= word - 1) {
            int bit = (w << 6) + Long.numberOfTrailingZeros(word);
            rowsOfBit[bit][perBit[bit]++] = r;
          }
        }
      }
    } else {
      rowsOfBit = null;
      popcountOf = null;
    }
  }

  /**
   * Starts building an index of {@code bitLength}-bit fingerprints.
   *
   * @param bitLength the bit length every added fingerprint must have
   * @return a new builder
   */
  public static Builder builder(int bitLength) {
    return new Builder(bitLength);
  }

  /**
   * Returns the number of fingerprints.
   *
   * @return the size
   */
  public int size() {
    return size;
  }

  /**
   * Returns the bit length of the indexed fingerprints.
   *
   * @return the bit length
   */
  public int bitLength() {
    return bitLength;
  }

  // ---------------------------------------------------------------- threshold search

  /**
   * Returns every fingerprint with Tanimoto similarity at least {@code threshold} to the query.
   *
   * @param query a fingerprint of {@link #bitLength()} bits
   * @param threshold the minimum score; {@code <= 0} returns everything
   * @return the hits in {@link Hit#ORDER}; unmodifiable
   * @throws IllegalArgumentException if the bit length differs or the threshold is NaN
   */
  public List<Hit> threshold(Fingerprint query, double threshold) {
    Query q = query(query);
    checkThreshold(threshold);
    int[] bins = thresholdBins(q.popcount, threshold);
    if (bins == null) {
      return List.of();
    }
    HitBuffer buf = new HitBuffer();
    scanThreshold(q, threshold, binStart[bins[0]], binStart[bins[1] + 1], buf);
    return buf.sortedHits();
  }

  /**
   * Like {@link #threshold(Fingerprint, double)}, with the candidate rows split into {@code
   * parallelism} blocks searched as tasks on {@code executor}; the result is identical.
   *
   * @param query a fingerprint of {@link #bitLength()} bits
   * @param threshold the minimum score
   * @param executor runs the tasks; e.g. a pool with one thread per core
   * @param parallelism the number of tasks, at least 1
   * @return the hits in {@link Hit#ORDER}; unmodifiable
   * @throws IllegalArgumentException if an argument is invalid
   */
  public List<Hit> threshold(
      Fingerprint query, double threshold, Executor executor, int parallelism) {
    Query q = query(query);
    checkThreshold(threshold);
    checkParallelism(parallelism);
    Objects.requireNonNull(executor, "executor");
    int[] bins = thresholdBins(q.popcount, threshold);
    if (bins == null) {
      return List.of();
    }
    int from = binStart[bins[0]];
    int to = binStart[bins[1] + 1];
    List<CompletableFuture<HitBuffer>> parts = new ArrayList<>(parallelism);
    for (int i = 0; i < parallelism; i++) {
      int lo = from + (int) ((long) (to - from) * i / parallelism);
      int hi = from + (int) ((long) (to - from) * (i + 1) / parallelism);
      parts.add(
          CompletableFuture.supplyAsync(
              () -> {
                HitBuffer buf = new HitBuffer();
                scanThreshold(q, threshold, lo, hi, buf);
                return buf;
              },
              executor));
    }
    HitBuffer all = new HitBuffer();
    for (CompletableFuture<HitBuffer> f : parts) {
      all.addAll(join(f));
    }
    return all.sortedHits();
  }

  /**
   * Runs {@link #threshold(Fingerprint, double)} for many queries, one task per query on {@code
   * executor}.
   *
   * @param queries the queries
   * @param threshold the minimum score
   * @param executor runs the tasks
   * @return one hit list per query, in query order
   */
  public List<List<Hit>> thresholdBatch(
      List<Fingerprint> queries, double threshold, Executor executor) {
    checkThreshold(threshold);
    List<CompletableFuture<List<Hit>>> fs = new ArrayList<>(queries.size());
    for (Fingerprint fp : queries) {
      fs.add(CompletableFuture.supplyAsync(() -> threshold(fp, threshold), executor));
    }
    return joinAll(fs);
  }

  /**
   * The baseline: scores every row, without popcount pruning, and keeps those at or above {@code
   * threshold}. Same result as {@link #threshold(Fingerprint, double)}; for measurements and tests.
   *
   * @param query a fingerprint of {@link #bitLength()} bits
   * @param threshold the minimum score
   * @return the hits in {@link Hit#ORDER}; unmodifiable
   */
  public List<Hit> bruteForceThreshold(Fingerprint query, double threshold) {
    Query q = query(query);
    checkThreshold(threshold);
    HitBuffer buf = new HitBuffer();
    int a = q.popcount;
    if (q.vector != null) {
      int[] counts = new int[BLOCK];
      for (int p = 0; p <= bitLength; p++) {
        for (int row = binStart[p], end = binStart[p + 1]; row < end; row += BLOCK) {
          int n = Math.min(BLOCK, end - row);
          q.vector.intersections(arena, row * wordsPerRow, n, counts);
          for (int i = 0; i < n; i++) {
            double score = Fingerprint.tanimoto(a, p, counts[i]);
            if (score >= threshold) {
              buf.add(ids[row + i], score);
            }
          }
        }
      }
      return buf.sortedHits();
    }
    long[] qw = q.words;
    for (int p = 0; p <= bitLength; p++) {
      for (int row = binStart[p], end = binStart[p + 1]; row < end; row++) {
        double score = Fingerprint.tanimoto(a, p, intersect(qw, row * wordsPerRow));
        if (score >= threshold) {
          buf.add(ids[row], score);
        }
      }
    }
    return buf.sortedHits();
  }

  /**
   * Inclusive popcount range [lo, hi] of rows that can reach the threshold, or null if none can.
   * The bound is computed with the very formula used for scores, so rounding cannot drop a row that
   * a plain scan would accept: for {@code c < min(a,b)} the exact quotient is smaller, and
   * correctly rounded division is monotone.
   */
  private int[] thresholdBins(int a, double threshold) {
    if (threshold <= 0) {
      return new int[] {0, bitLength};
    }
    if (bound(a, a) < threshold) {
      return null;
    }
    int lo = a;
    while (lo > 0 && bound(a, lo - 1) >= threshold) {
      lo--;
    }
    int hi = a;
    while (hi < bitLength && bound(a, hi + 1) >= threshold) {
      hi++;
    }
    return new int[] {lo, hi};
  }

  private void scanThreshold(Query q, double threshold, int from, int to, HitBuffer out) {
    if (rowsOfBit != null && threshold > 0) {
      scanThresholdSparse(q, threshold, from, to, out);
      return;
    }
    int[] counts = q.vector != null ? new int[BLOCK] : null;
    long[] qw = q.words;
    int a = q.popcount;
    int row = from;
    while (row < to) {
      int b = popcountOfRow(row);
      int end = Math.min(to, binStart[b + 1]);
      // Integer test in the hot loop; the double score is computed only for the few hits.
      int cmin = minIntersection(a, b, threshold);
      if (cmin <= Math.min(a, b)) {
        if (q.vector != null) {
          for (int r = row; r < end; r += BLOCK) {
            int n = Math.min(BLOCK, end - r);
            q.vector.intersections(arena, r * wordsPerRow, n, counts);
            for (int i = 0; i < n; i++) {
              if (counts[i] >= cmin) {
                out.add(ids[r + i], Fingerprint.tanimoto(a, b, counts[i]));
              }
            }
          }
        } else {
          for (int r = row, off = row * wordsPerRow; r < end; r++, off += wordsPerRow) {
            int c = intersect(qw, off);
            if (c >= cmin) {
              out.add(ids[r], Fingerprint.tanimoto(a, b, c));
            }
          }
        }
      }
      row = end;
    }
  }

  /**
   * {@link #scanThreshold} for a small index, with the same hits in the same order: every row's
   * intersection count is exact (one increment per row and query bit they share), rows are visited
   * in ascending order, and a row is kept when {@code tanimoto(a, b, c) >= threshold}, which is
   * what {@code c >= minIntersection(a, b, threshold)} tests (the score grows with c, and correctly
   * rounded division keeps it monotone). A row sharing no bit scores 0 (or 0/0, defined as 0),
   * below a positive threshold.
   */
  private void scanThresholdSparse(Query q, double threshold, int from, int to, HitBuffer out) {
    int[] counts = new int[size];
    long[] qw = q.words;
    for (int w = 0; w < qw.length; w++) {
      for (long word = qw[w]; word != 0; word &= word - 1) {
        for (int r : rowsOfBit[(w << 6) + Long.numberOfTrailingZeros(word)]) {
          counts[r]++;
        }
      }
    }
    int a = q.popcount;
    for (int r = from; r < to; r++) {
      int c = counts[r];
      if (c > 0) {
        double score = Fingerprint.tanimoto(a, popcountOf[r], c);
        if (score >= threshold) {
          out.add(ids[r], score);
        }
      }
    }
  }

  // ---------------------------------------------------------------- top-k search

  /**
   * Returns the {@code k} fingerprints most similar to the query (fewer if the index is smaller);
   * among equal scores the smaller ids win.
   *
   * @param query a fingerprint of {@link #bitLength()} bits
   * @param k the number of hits wanted, at least 1
   * @return the hits in {@link Hit#ORDER}; unmodifiable
   * @throws IllegalArgumentException if the bit length differs or {@code k < 1}
   */
  public List<Hit> topK(Fingerprint query, int k) {
    Query q = query(query);
    checkK(k);
    TopK heap = new TopK(Math.min(k, size), null);
    searchTopK(q, heap, 0, 1);
    return heap.sortedHits();
  }

  /**
   * Like {@link #topK(Fingerprint, int)}, with every popcount bin split into {@code parallelism}
   * contiguous parts searched as tasks on {@code executor}, each keeping its own k best; the merged
   * result is identical.
   *
   * @param query a fingerprint of {@link #bitLength()} bits
   * @param k the number of hits wanted, at least 1
   * @param executor runs the tasks
   * @param parallelism the number of tasks, at least 1
   * @return the hits in {@link Hit#ORDER}; unmodifiable
   */
  public List<Hit> topK(Fingerprint query, int k, Executor executor, int parallelism) {
    Query q = query(query);
    checkK(k);
    checkParallelism(parallelism);
    Objects.requireNonNull(executor, "executor");
    int kk = Math.min(k, size);
    // The best k-th score any task has reached: a bound every task may prune with.
    AtomicLong floor = new AtomicLong(Double.doubleToLongBits(-1.0));
    List<CompletableFuture<TopK>> parts = new ArrayList<>(parallelism);
    for (int i = 0; i < parallelism; i++) {
      int part = i;
      parts.add(
          CompletableFuture.supplyAsync(
              () -> {
                TopK heap = new TopK(kk, floor);
                searchTopK(q, heap, part, parallelism);
                return heap;
              },
              executor));
    }
    TopK merged = new TopK(kk, null);
    for (CompletableFuture<TopK> f : parts) {
      TopK part = join(f);
      for (int i = 0; i < part.count; i++) {
        merged.offer(part.scores[i], part.ids[i]);
      }
    }
    return merged.sortedHits();
  }

  /**
   * Runs {@link #topK(Fingerprint, int)} for many queries, one task per query on {@code executor}.
   *
   * @param queries the queries
   * @param k the number of hits wanted per query
   * @param executor runs the tasks
   * @return one hit list per query, in query order
   */
  public List<List<Hit>> topKBatch(List<Fingerprint> queries, int k, Executor executor) {
    checkK(k);
    List<CompletableFuture<List<Hit>>> fs = new ArrayList<>(queries.size());
    for (Fingerprint fp : queries) {
      fs.add(CompletableFuture.supplyAsync(() -> topK(fp, k), executor));
    }
    return joinAll(fs);
  }

  /**
   * The baseline: scores every row, without popcount pruning, keeping the best {@code k}. Same
   * result as {@link #topK(Fingerprint, int)}; for measurements and tests.
   *
   * @param query a fingerprint of {@link #bitLength()} bits
   * @param k the number of hits wanted, at least 1
   * @return the hits in {@link Hit#ORDER}; unmodifiable
   */
  public List<Hit> bruteForceTopK(Fingerprint query, int k) {
    Query q = query(query);
    checkK(k);
    TopK heap = new TopK(Math.min(k, size), null);
    int a = q.popcount;
    if (q.vector != null) {
      int[] counts = new int[BLOCK];
      for (int p = 0; p <= bitLength; p++) {
        for (int row = binStart[p], end = binStart[p + 1]; row < end; row += BLOCK) {
          int n = Math.min(BLOCK, end - row);
          q.vector.intersections(arena, row * wordsPerRow, n, counts);
          for (int i = 0; i < n; i++) {
            heap.offer(Fingerprint.tanimoto(a, p, counts[i]), ids[row + i]);
          }
        }
      }
      return heap.sortedHits();
    }
    long[] qw = q.words;
    for (int p = 0; p <= bitLength; p++) {
      for (int row = binStart[p], end = binStart[p + 1]; row < end; row++) {
        heap.offer(Fingerprint.tanimoto(a, p, intersect(qw, row * wordsPerRow)), ids[row]);
      }
    }
    return heap.sortedHits();
  }

  /**
   * Visits popcount bins best bound first (two cursors walking down and up from the query's
   * popcount, whose bounds fall monotonically) and stops when the best remaining bound is below the
   * k-th score; a bin whose bound equals it is still read, since a tie with a smaller id would win.
   * Reads only slice {@code part} of {@code parts} of each bin.
   */
  private void searchTopK(Query q, TopK heap, int part, int parts) {
    if (heap.capacity == 0) {
      return;
    }
    int[] counts = q.vector != null ? new int[BLOCK] : null;
    int a = q.popcount;
    int down = Math.min(a, bitLength);
    int up = down + 1;
    while (down >= 0 || up <= bitLength) {
      double bd = down >= 0 ? bound(a, down) : -1;
      double bu = up <= bitLength ? bound(a, up) : -1;
      int b;
      double best;
      if (bd >= bu) {
        b = down--;
        best = bd;
      } else {
        b = up++;
        best = bu;
      }
      double prune = heap.pruneScore();
      if (prune >= 0 && best < prune) {
        return;
      }
      scanTopKBin(q, b, heap, part, parts, counts);
    }
  }

  private void scanTopKBin(Query q, int b, TopK heap, int part, int parts, int[] counts) {
    int a = q.popcount;
    // Part `part` of `parts` contiguous slices of the bin: each task streams its own memory.
    int start = binStart[b];
    int len = binStart[b + 1] - start;
    int end = start + (int) ((long) len * (part + 1) / parts);
    double prune = heap.pruneScore();
    int cmin = prune >= 0 ? minIntersection(a, b, prune) : 0;
    int from = start + (int) ((long) len * part / parts);
    if (q.vector != null) {
      for (int row = from; row < end; row += BLOCK) {
        int n = Math.min(BLOCK, end - row);
        q.vector.intersections(arena, row * wordsPerRow, n, counts);
        for (int i = 0; i < n; i++) {
          int c = counts[i];
          if (c >= cmin
              && heap.offer(Fingerprint.tanimoto(a, b, c), ids[row + i])
              && heap.isFull()) {
            cmin = minIntersection(a, b, heap.pruneScore());
          }
        }
      }
      return;
    }
    long[] qw = q.words;
    for (int row = from, off = row * wordsPerRow; row < end; row++, off += wordsPerRow) {
      int c = intersect(qw, off);
      if (c >= cmin && heap.offer(Fingerprint.tanimoto(a, b, c), ids[row]) && heap.isFull()) {
        cmin = minIntersection(a, b, heap.pruneScore());
      }
    }
  }

  // ---------------------------------------------------------------- kernel and bounds

  /** Popcount of the query AND one row, scalar, inlined per row (the one scalar implementation). */
  private int intersect(long[] q, int off) {
    return IntersectionKernels.scalarIntersection(q, arena, off);
  }

  /** Upper bound of the Tanimoto score of any row with popcount b against a query with a. */
  private static double bound(int a, int b) {
    return Fingerprint.tanimoto(a, b, Math.min(a, b));
  }

  /**
   * Smallest intersection count c with {@code tanimoto(a, b, c) >= s}, or {@code min(a,b) + 1} if
   * none. The score grows with c, so this is an exact integer stand-in for the double comparison.
   */
  static int minIntersection(int a, int b, double s) {
    int max = Math.min(a, b);
    if (s <= 0) {
      return 0;
    }
    // Estimate from c >= s (a + b) / (1 + s), then correct against the exact formula.
    int c = (int) Math.max(0, Math.min(max + 1, Math.floor(s * (a + b) / (1 + s)) - 1));
    while (c <= max && Fingerprint.tanimoto(a, b, c) < s) {
      c++;
    }
    while (c > 0 && Fingerprint.tanimoto(a, b, c - 1) >= s) {
      c--;
    }
    return c;
  }

  private int popcountOfRow(int row) {
    // Binary search over bin starts: the last popcount whose bin starts at or before row.
    int lo = 0;
    int hi = bitLength;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (binStart[mid] <= row) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  // ---------------------------------------------------------------- helpers

  /**
   * The query's words and popcount, and the Vector API kernel that scores rows against it where it
   * is in use (null: the scalar count, inlined per row).
   */
  private record Query(long[] words, int popcount, IntersectionKernel vector) {}

  private Query query(Fingerprint fp) {
    if (fp.bitLength() != bitLength) {
      throw new IllegalArgumentException(
          "query has " + fp.bitLength() + " bits, the index " + bitLength);
    }
    long[] words = fp.words();
    return new Query(words, fp.cardinality(), IntersectionKernels.vectorForQuery(words));
  }

  private static void checkThreshold(double t) {
    if (Double.isNaN(t)) {
      throw new IllegalArgumentException("threshold is NaN");
    }
  }

  private static void checkK(int k) {
    if (k < 1) {
      throw new IllegalArgumentException("k must be >= 1: " + k);
    }
  }

  private static void checkParallelism(int p) {
    if (p < 1) {
      throw new IllegalArgumentException("parallelism must be >= 1: " + p);
    }
  }

  private static <T> T join(CompletableFuture<T> f) {
    try {
      return f.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw e;
    }
  }

  private static List<List<Hit>> joinAll(List<CompletableFuture<List<Hit>>> fs) {
    List<List<Hit>> out = new ArrayList<>(fs.size());
    for (CompletableFuture<List<Hit>> f : fs) {
      out.add(join(f));
    }
    return Collections.unmodifiableList(out);
  }

  /** Growable parallel arrays of hits: one allocation per growth, none per row. */
  private static final class HitBuffer {
    private int[] ids = new int[16];
    private double[] scores = new double[16];
    private int count;

    void add(int id, double score) {
      if (count == ids.length) {
        ids = Arrays.copyOf(ids, 2 * count);
        scores = Arrays.copyOf(scores, 2 * count);
      }
      ids[count] = id;
      scores[count++] = score;
    }

    void addAll(HitBuffer other) {
      for (int i = 0; i < other.count; i++) {
        add(other.ids[i], other.scores[i]);
      }
    }

    List<Hit> sortedHits() {
      Hit[] hits = new Hit[count];
      for (int i = 0; i < count; i++) {
        hits[i] = new Hit(ids[i], scores[i]);
      }
      Arrays.sort(hits, Hit.ORDER);
      return Collections.unmodifiableList(Arrays.asList(hits));
    }
  }

  /**
   * The k best (score, id) pairs seen so far, as a binary min-heap on parallel arrays whose root is
   * the worst kept pair (lowest score, then largest id).
   *
   * <p>Tasks of one parallel search share a floor: the highest k-th score any of them holds. No row
   * scoring below it can enter the final top k (that task already has k rows at or above it), so
   * every task may prune with it; rows scoring exactly the floor are kept, since a smaller id wins
   * a tie. Scores are non-negative, so their raw long bits order like the doubles.
   */
  private static final class TopK {
    final int capacity;
    final double[] scores;
    final int[] ids;
    final AtomicLong floor;
    int count;

    TopK(int capacity, AtomicLong floor) {
      this.capacity = capacity;
      this.scores = new double[capacity];
      this.ids = new int[capacity];
      this.floor = floor;
    }

    boolean isFull() {
      return count == capacity;
    }

    /** The score below which rows cannot make the result, or -1 while there is none. */
    double pruneScore() {
      double own = count == capacity ? scores[0] : -1.0;
      if (floor == null) {
        return own;
      }
      if (own >= 0) {
        long bits = floor.accumulateAndGet(Double.doubleToLongBits(own), Math::max);
        return Double.longBitsToDouble(bits);
      }
      return Double.longBitsToDouble(floor.get());
    }

    /** True if (s1, id1) ranks below (s2, id2) in {@link Hit#ORDER}. */
    private static boolean worse(double s1, int id1, double s2, int id2) {
      return s1 < s2 || (s1 == s2 && id1 > id2);
    }

    /** Offers a pair; returns true if it was kept. */
    boolean offer(double score, int id) {
      if (count < capacity) {
        int i = count++;
        while (i > 0) {
          int parent = (i - 1) >>> 1;
          if (!worse(score, id, scores[parent], ids[parent])) {
            break;
          }
          scores[i] = scores[parent];
          ids[i] = ids[parent];
          i = parent;
        }
        scores[i] = score;
        ids[i] = id;
        return true;
      }
      if (capacity == 0 || !worse(scores[0], ids[0], score, id)) {
        return false;
      }
      int i = 0;
      while (true) {
        int l = 2 * i + 1;
        if (l >= count) {
          break;
        }
        int r = l + 1;
        int w = (r < count && worse(scores[r], ids[r], scores[l], ids[l])) ? r : l;
        if (!worse(scores[w], ids[w], score, id)) {
          break;
        }
        scores[i] = scores[w];
        ids[i] = ids[w];
        i = w;
      }
      scores[i] = score;
      ids[i] = id;
      return true;
    }

    List<Hit> sortedHits() {
      Hit[] hits = new Hit[count];
      for (int i = 0; i < count; i++) {
        hits[i] = new Hit(ids[i], scores[i]);
      }
      Arrays.sort(hits, Hit.ORDER);
      return Collections.unmodifiableList(Arrays.asList(hits));
    }
  }

  // ---------------------------------------------------------------- builder

  /**
   * Collects fingerprints and ids, then lays them out once in {@link #build()}.
   *
   * <p>Thread safety: not thread-safe; fill it from one thread.
   */
  public static final class Builder {
    private final int bitLength;
    private final int wordsPerRow;
    private long[] words;
    private int[] ids;
    private int count;

    private Builder(int bitLength) {
      if (bitLength < 1) {
        throw new IllegalArgumentException("bit length must be >= 1: " + bitLength);
      }
      this.bitLength = bitLength;
      this.wordsPerRow = (bitLength + 63) >>> 6;
      this.words = new long[16 * wordsPerRow];
      this.ids = new int[16];
    }

    /**
     * Adds a fingerprint under the caller's id.
     *
     * @param id the id reported in {@link Hit#id()}
     * @param fingerprint a fingerprint of the builder's bit length
     * @return this builder
     * @throws IllegalArgumentException if the bit length differs or the index would exceed the 2^31
     *     - 1 words one array can hold
     */
    public Builder add(int id, Fingerprint fingerprint) {
      if (fingerprint.bitLength() != bitLength) {
        throw new IllegalArgumentException(
            "fingerprint has " + fingerprint.bitLength() + " bits, the index " + bitLength);
      }
      if (count == ids.length) {
        long newRows = Math.min((long) count * 2, (Integer.MAX_VALUE - 8) / wordsPerRow);
        if (newRows <= count) {
          throw new IllegalArgumentException("index full at " + count + " fingerprints");
        }
        ids = Arrays.copyOf(ids, (int) newRows);
        words = Arrays.copyOf(words, (int) newRows * wordsPerRow);
      }
      fingerprint.copyWordsTo(words, count * wordsPerRow);
      ids[count++] = id;
      return this;
    }

    /**
     * Returns the number of fingerprints added so far.
     *
     * @return the count
     */
    public int size() {
      return count;
    }

    /**
     * Builds the index: a counting sort of the rows by popcount (stable, so rows of equal popcount
     * keep insertion order). The builder may be reused afterwards; the index shares nothing with
     * it.
     *
     * @return the index
     */
    public FingerprintIndex build() {
      int[] pop = new int[count];
      int[] binStart = new int[bitLength + 2];
      for (int r = 0; r < count; r++) {
        int c = 0;
        for (int w = r * wordsPerRow, end = w + wordsPerRow; w < end; w++) {
          c += Long.bitCount(words[w]);
        }
        pop[r] = c;
        binStart[c + 1]++;
      }
      for (int p = 0; p <= bitLength; p++) {
        binStart[p + 1] += binStart[p];
      }
      int[] next = Arrays.copyOf(binStart, bitLength + 1);
      long[] arena = new long[count * wordsPerRow];
      int[] sortedIds = new int[count];
      for (int r = 0; r < count; r++) {
        int dest = next[pop[r]]++;
        System.arraycopy(words, r * wordsPerRow, arena, dest * wordsPerRow, wordsPerRow);
        sortedIds[dest] = ids[r];
      }
      return new FingerprintIndex(bitLength, count, arena, sortedIds, binStart);
    }
  }
}
