package org.opioidregistry.server;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How a {@link RegistryServer} listens and what it allows: address and port, whether writes are
 * accepted, and the limits that keep one client from holding up the others.
 *
 * <pre>{@code
 * ServerSettings s = ServerSettings.defaults().withPort(0).withRequestTimeout(Duration.ofSeconds(5));
 * }</pre>
 *
 * <p>Immutable and thread-safe; the {@code with...} methods return copies.
 *
 * @param bind the address to listen on; loopback by default, so nothing is exposed unless asked
 * @param port the TCP port; 0 picks a free one (see {@link RegistryServer#port()})
 * @param writable whether add, update, remove and import are served (each needs the token)
 * @param workers threads that do the chemistry; requests beyond them wait in the queue
 * @param queueCapacity requests that may wait for a worker; beyond it a request gets 503 BUSY
 * @param clientLimit requests one client (remote address) may have waiting or running at once;
 *     beyond it that client gets 429 TOO_MANY_REQUESTS while the others are still served
 * @param maxBodyBytes largest request body accepted (413 beyond)
 * @param maxQueryLength longest query text or parameter, in characters (400 beyond)
 * @param maxBatch most queries in one {@code {"queries": [...]}} request or substances in one
 *     import
 * @param maxResults largest {@code top} or {@code limit} a client may ask for
 * @param requestTimeout time bound on the work of one request, waiting included (503 TIMEOUT)
 */
public record ServerSettings(
    String bind,
    int port,
    boolean writable,
    int workers,
    int queueCapacity,
    int clientLimit,
    long maxBodyBytes,
    int maxQueryLength,
    int maxBatch,
    int maxResults,
    Duration requestTimeout) {

  /** Checks every limit is positive. */
  public ServerSettings {
    Objects.requireNonNull(bind, "bind");
    Objects.requireNonNull(requestTimeout, "requestTimeout");
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be 0..65535: " + port);
    }
    if (workers < 1 || queueCapacity < 0 || maxBodyBytes < 1 || maxQueryLength < 1) {
      throw new IllegalArgumentException("workers, body and query limits must be positive");
    }
    if (clientLimit < 1) {
      throw new IllegalArgumentException("the per-client limit must be positive: " + clientLimit);
    }
    if (maxBatch < 1 || maxResults < 1 || requestTimeout.isNegative() || requestTimeout.isZero()) {
      throw new IllegalArgumentException("batch, result and time limits must be positive");
    }
  }

  /**
   * 127.0.0.1:8080, read-only, one worker per core (at least two), 64 waiting, 16 requests per
   * client (a quarter of the waiting places, and more than the six connections a browser opens to
   * one server: the page's parallel pictures fit), 1 MiB bodies, 10,000-character queries (the
   * structure parser's own limit), 100 queries per batch, 200 results, 10 s per request.
   */
  public static ServerSettings defaults() {
    return new ServerSettings(
        "127.0.0.1",
        8080,
        false,
        Math.max(2, Runtime.getRuntime().availableProcessors()),
        64,
        16,
        1L << 20,
        10_000,
        100,
        200,
        Duration.ofSeconds(10));
  }

  /** A copy listening on this address. */
  public ServerSettings withBind(String value) {
    return with(d -> d.bind = value);
  }

  /** A copy on this port (0: any free one). */
  public ServerSettings withPort(int value) {
    return with(d -> d.port = value);
  }

  /** A copy that serves writes (each request must carry the start-up token) or not. */
  public ServerSettings withWritable(boolean value) {
    return with(d -> d.writable = value);
  }

  /** A copy with this many workers and waiting places. */
  public ServerSettings withWorkers(int count, int queue) {
    return with(
        d -> {
          d.workers = count;
          d.queueCapacity = queue;
        });
  }

  /** A copy with these size limits. */
  public ServerSettings withSizeLimits(long bodyBytes, int queryLength, int batch, int results) {
    return with(
        d -> {
          d.maxBodyBytes = bodyBytes;
          d.maxQueryLength = queryLength;
          d.maxBatch = batch;
          d.maxResults = results;
        });
  }

  /** A copy with this time bound per request. */
  public ServerSettings withRequestTimeout(Duration value) {
    return with(d -> d.requestTimeout = value);
  }

  /** A copy letting one client (remote address) have this many requests waiting or running. */
  public ServerSettings withClientLimit(int value) {
    return with(d -> d.clientLimit = value);
  }

  /** A copy with what {@code change} sets on a draft of this one; checked as a new one is. */
  private ServerSettings with(Consumer<Draft> change) {
    Draft d = new Draft(this);
    change.accept(d);
    return new ServerSettings(
        d.bind,
        d.port,
        d.writable,
        d.workers,
        d.queueCapacity,
        d.clientLimit,
        d.maxBodyBytes,
        d.maxQueryLength,
        d.maxBatch,
        d.maxResults,
        d.requestTimeout);
  }

  /** The components of settings being copied, to change before they are checked. Single use. */
  private static final class Draft {
    String bind;
    int port;
    boolean writable;
    int workers;
    int queueCapacity;
    int clientLimit;
    long maxBodyBytes;
    int maxQueryLength;
    int maxBatch;
    int maxResults;
    Duration requestTimeout;

    Draft(ServerSettings s) {
      bind = s.bind;
      port = s.port;
      writable = s.writable;
      workers = s.workers;
      queueCapacity = s.queueCapacity;
      clientLimit = s.clientLimit;
      maxBodyBytes = s.maxBodyBytes;
      maxQueryLength = s.maxQueryLength;
      maxBatch = s.maxBatch;
      maxResults = s.maxResults;
      requestTimeout = s.requestTimeout;
    }
  }
}
