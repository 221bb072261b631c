package org.opioidregistry.identify;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs a batch of queries on a pool of worker threads and hands the outcomes to a sink in input
 * order, from the calling thread: the one batch mechanism behind {@link Identifier#identifyAll} and
 * {@link Screener#screenAll}. Queries go through in chunks, each split into one contiguous slice
 * per thread (one task each, not one per record, so that handing work over costs nothing measurable
 * beside a record), so memory stays bounded however many queries come.
 *
 * <p>Stateless; each {@link #run} makes and shuts down its own pool.
 */
final class OrderedBatch {

  /** Records read ahead at most: enough to keep the workers busy, few enough to stream. */
  private static final int CHUNK = 512;

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
      List<Query> chunk = new ArrayList<>(CHUNK);
      while (queries.hasNext()) {
        chunk.add(queries.next());
        if (chunk.size() == CHUNK) {
          number = chunk(pool, threads, chunk, number, work, sink);
        }
      }
      chunk(pool, threads, chunk, number, work, sink);
    } finally {
      pool.shutdownNow();
    }
  }

  private static <T> long chunk(
      ExecutorService pool,
      int threads,
      List<Query> chunk,
      long before,
      Work<T> work,
      Consumer<T> sink) {
    int n = chunk.size();
    List<Future<List<T>>> slices = new ArrayList<>(threads);
    for (int t = 0; t < threads; t++) {
      int from = (int) ((long) n * t / threads);
      int to = (int) ((long) n * (t + 1) / threads);
      slices.add(
          pool.submit(
              () -> {
                List<T> out = new ArrayList<>(to - from);
                for (int i = from; i < to; i++) {
                  out.add(work.outcome(before + i + 1, chunk.get(i)));
                }
                return out;
              }));
    }
    for (Future<List<T>> slice : slices) {
      for (T outcome : await(slice)) {
        sink.accept(outcome);
      }
    }
    chunk.clear();
    return before + n;
  }

  private static <T> T await(Future<T> future) {
    try {
      return future.get();
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
