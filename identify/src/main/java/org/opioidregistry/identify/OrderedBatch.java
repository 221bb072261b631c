package org.opioidregistry.identify;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs a batch of queries on a pool of worker threads and hands the outcomes to a sink in input
 * order, from the calling thread: the one batch mechanism behind {@link Identifier#identifyAll} and
 * {@link Screener#screenAll}. Queries go through in chunks; the workers of a chunk take its records
 * a few at a time from a shared cursor (so that one slow record, such as one sent on to InChI, does
 * not leave the other workers idle at the end of a fixed slice), and while they work on one chunk
 * the calling thread reads the next and writes the outcomes of the one before, so reading and
 * writing never stop the workers. At most two chunks are in flight: memory stays bounded however
 * many queries come.
 *
 * <p>Stateless; each {@link #run} makes and shuts down its own pool.
 */
final class OrderedBatch {

  /** Records per chunk: enough to keep the workers busy, few enough to stream. */
  private static final int CHUNK = 1024;

  /** Records a worker takes from the cursor at once. */
  private static final int STEP = 8;

  /** What a worker makes of one record: its outcome, never an exception for bad input. */
  @FunctionalInterface
  interface Work<T> {
    T outcome(long record, Query query);
  }

  private OrderedBatch() {}

  /**
   * Runs every query through {@code work}, {@code threads} at a time.
   *
   * @param threadName the workers' thread name
   * @throws IllegalArgumentException when {@code threads} is below 1
   */
  static <T> void run(
      Iterator<Query> queries, int threads, String threadName, Work<T> work, Consumer<T> sink) {
    Objects.requireNonNull(queries, "queries");
    Objects.requireNonNull(sink, "sink");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            task -> {
              Thread thread = new Thread(task, threadName);
              thread.setDaemon(true);
              return thread;
            });
    try {
      long number = 0;
      Chunk<T> running = null;
      while (queries.hasNext()) {
        List<Query> records = new ArrayList<>(CHUNK);
        while (records.size() < CHUNK && queries.hasNext()) {
          records.add(queries.next());
        }
        Chunk<T> next = new Chunk<>(records, number, work);
        next.start(pool, threads);
        number += records.size();
        if (running != null) {
          running.drain(sink);
        }
        running = next;
      }
      if (running != null) {
        running.drain(sink);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** One chunk of records, its outcomes filled in by index as the workers take records. */
  private static final class Chunk<T> {
    private final List<Query> records;
    private final long before;
    private final Work<T> work;
    private final Object[] outcomes;
    private final AtomicInteger cursor = new AtomicInteger();
    private final List<Future<?>> tasks = new ArrayList<>();

    Chunk(List<Query> records, long before, Work<T> work) {
      this.records = records;
      this.before = before;
      this.work = work;
      this.outcomes = new Object[records.size()];
    }

    void start(ExecutorService pool, int threads) {
      int n = records.size();
      int workers = Math.max(1, Math.min(threads, (n + STEP - 1) / STEP));
      for (int t = 0; t < workers; t++) {
        tasks.add(pool.submit(this::take));
      }
    }

    private void take() {
      int n = records.size();
      for (int from = cursor.getAndAdd(STEP); from < n; from = cursor.getAndAdd(STEP)) {
        for (int i = from, to = Math.min(n, from + STEP); i < to; i++) {
          outcomes[i] = work.outcome(before + i + 1, records.get(i));
        }
      }
    }

    /** Waits for the workers (which makes their outcomes visible here), then hands them on. */
    @SuppressWarnings("unchecked")
    void drain(Consumer<T> sink) {
      for (Future<?> task : tasks) {
        await(task);
      }
      for (Object outcome : outcomes) {
        sink.accept((T) outcome);
      }
    }
  }

  private static void await(Future<?> future) {
    try {
      future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running a batch", e);
    } catch (ExecutionException e) {
      // Not bad input (that is an outcome): a bug or a registry failure, which ends the batch.
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
