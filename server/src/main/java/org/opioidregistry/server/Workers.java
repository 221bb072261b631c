package org.opioidregistry.server;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bounded pool that does the chemistry of every request, within the request's time bound. A
 * full pool refuses at once (503 {@code BUSY}) rather than queueing without end; a task that
 * outlives its bound is interrupted and its request answered 503 {@code TIMEOUT}, so a pathological
 * query costs at most one worker for the bound and never the HTTP threads.
 *
 * <p>Thread-safe.
 */
final class Workers implements AutoCloseable {

  /** Work that knows how much of its time bound is left (substructure search passes it on). */
  interface Task<T> {
    T run(Duration remaining) throws Exception;
  }

  private final ThreadPoolExecutor pool;
  private final Duration timeout;

  Workers(int threads, int queueCapacity, Duration timeout) {
    this.timeout = timeout;
    AtomicInteger n = new AtomicInteger();
    this.pool =
        new ThreadPoolExecutor(
            threads,
            threads,
            0,
            TimeUnit.MILLISECONDS,
            // A SynchronousQueue would refuse whenever all workers are busy; a small queue
            // absorbs bursts, and its bound keeps memory and latency bounded.
            queueCapacity == 0
                ? new java.util.concurrent.SynchronousQueue<>()
                : new ArrayBlockingQueue<>(queueCapacity),
            r -> {
              Thread t = new Thread(r, "registry-worker-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            },
            new ThreadPoolExecutor.AbortPolicy());
  }

  /** Runs the task on a worker and waits for it, at most the time bound. */
  <T> T call(Task<T> task) {
    long deadline = System.nanoTime() + timeout.toNanos();
    Future<T> future;
    try {
      future = pool.submit(() -> task.run(Duration.ofNanos(deadline - System.nanoTime())));
    } catch (RejectedExecutionException e) {
      throw new ApiException(
          503, "BUSY", "the server is busy: every worker and waiting place is taken; retry later");
    }
    try {
      return future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (TimeoutException | CancellationException e) {
      future.cancel(true);
      throw timedOut();
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new ApiException(503, "INTERRUPTED", "the server is stopping");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
  }

  /** The error of a request whose work reached the time bound. */
  ApiException timedOut() {
    return new ApiException(
        503,
        "TIMEOUT",
        "the request took longer than the server's bound of " + timeout.toMillis() + " ms");
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
