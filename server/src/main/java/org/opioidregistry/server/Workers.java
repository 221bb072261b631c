package org.opioidregistry.server;

import io.javalin.http.Context;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The bounded pool that does the chemistry of every request, within the request's time bound, and
 * fairly between clients (a client is a remote address).
 *
 * <ul>
 *   <li>A full pool refuses at once (503 {@code BUSY}) rather than queueing without end.
 *   <li>A client with {@link ServerSettings#clientLimit()} requests already in the pool (waiting or
 *       running) is refused at once (429 {@code TOO_MANY_REQUESTS}), so one client cannot hold
 *       every place; the places it may not take stay for the others.
 *   <li>Waiting requests are served client by client in turn ({@link FairQueue}): a client's
 *       backlog does not delay another client's request by more than one task.
 *   <li>A task that outlives its bound is interrupted and its request answered 503 {@code TIMEOUT},
 *       so a pathological query costs at most one worker for the bound and never the HTTP threads.
 * </ul>
 *
 * <p>A request counts against its client until its task has finished running (or was dropped before
 * it started), not merely until its answer was sent: a client whose requests time out cannot pile
 * up work that is still running.
 *
 * <p>Thread-safe.
 */
final class Workers implements AutoCloseable {

  /** Work that knows how much of its time bound is left (substructure search passes it on). */
  interface Task<T> {
    T run(Duration remaining) throws Exception;
  }

  /** Told on the worker thread as each task starts; for tests that hold a worker (latches). */
  interface Hook {
    /** Nothing to tell. */
    Hook NONE = client -> {};

    void starting(String client) throws InterruptedException;
  }

  /**
   * One request's work in the queue: runs its task once and releases its client's place, before the
   * answer is handed back (so the client's next request finds the place free), or when it is
   * dropped unrun.
   */
  private final class Job<T> implements Runnable {
    final String client;
    final FutureTask<T> future;
    private final AtomicBoolean released = new AtomicBoolean();

    Job(String client, long deadline, Task<T> task) {
      this.client = client;
      this.future =
          new FutureTask<>(
              () -> {
                try {
                  return task.run(Duration.ofNanos(deadline - System.nanoTime()));
                } finally {
                  release();
                }
              });
    }

    @Override
    public void run() {
      try {
        if (!future.isDone()) {
          hook.starting(client);
          future.run();
        }
      } catch (InterruptedException e) {
        future.cancel(false);
        Thread.currentThread().interrupt();
      } finally {
        release();
      }
    }

    void release() {
      if (released.compareAndSet(false, true)) {
        Workers.this.release(client);
      }
    }
  }

  private final FairQueue<Job<?>> queue;
  private final List<Thread> threads = new ArrayList<>();
  private final Map<String, Integer> inPool = new ConcurrentHashMap<>();
  private final Duration timeout;
  private final int clientLimit;
  private final Hook hook;
  private volatile boolean closing;

  Workers(ServerSettings settings, Hook hook) {
    this.timeout = settings.requestTimeout();
    this.clientLimit = settings.clientLimit();
    this.hook = hook;
    this.queue = new FairQueue<>(settings.queueCapacity());
    for (int i = 1; i <= settings.workers(); i++) {
      Thread t = new Thread(this::work, "registry-worker-" + i);
      t.setDaemon(true);
      threads.add(t);
      t.start();
    }
  }

  private void work() {
    while (true) {
      Job<?> job;
      try {
        job = queue.take();
      } catch (InterruptedException e) {
        if (closing) {
          return;
        }
        continue; // a stray interrupt of a finished task's cancellation: keep serving
      }
      if (job == null) {
        return;
      }
      job.run();
      // A task interrupted at its time bound must not leave the flag set for the next one.
      Thread.interrupted();
    }
  }

  /** The client of a request: its remote address (a proxy in front makes one client of all). */
  static String clientOf(Context ctx) {
    return ctx.req().getRemoteAddr();
  }

  /** Runs the task for the request's client on a worker and waits for it, at most the bound. */
  <T> T call(Context ctx, Task<T> task) {
    return call(clientOf(ctx), task);
  }

  <T> T call(String client, Task<T> task) {
    long deadline = System.nanoTime() + timeout.toNanos();
    if (inPool.merge(client, 1, Integer::sum) > clientLimit) {
      release(client);
      throw new ApiException(
          429,
          "TOO_MANY_REQUESTS",
          "this client already has "
              + clientLimit
              + " requests in progress, the limit per client; retry when they are answered");
    }
    Job<T> job = new Job<>(client, deadline, task);
    FutureTask<T> future = job.future;
    if (!queue.offer(client, job)) {
      job.release();
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

  private void release(String client) {
    inPool.computeIfPresent(client, (k, n) -> n == 1 ? null : n - 1);
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
    closing = true;
    for (Job<?> dropped : queue.close()) {
      dropped.future.cancel(false);
      dropped.release();
    }
    threads.forEach(Thread::interrupt);
  }
}
