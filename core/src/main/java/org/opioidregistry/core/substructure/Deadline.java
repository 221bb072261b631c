package org.opioidregistry.core.substructure;

import java.time.Duration;

/**
 * A point in time after which matching must stop. One per call, never shared across threads: it
 * counts checks so that the clock is read only every few thousand atom comparisons.
 */
final class Deadline {
  private static final int CHECK_EVERY = 1024;

  private final long startNanos;
  private final long limitNanos;
  private final Duration limit;
  private final String query;
  private int countdown = CHECK_EVERY;

  private Deadline(long startNanos, Duration limit, String query) {
    this.startNanos = startNanos;
    // Clamp: Duration.toNanos overflows beyond ~292 years.
    this.limitNanos =
        limit.compareTo(Duration.ofDays(36500)) > 0 ? Long.MAX_VALUE : limit.toNanos();
    this.limit = limit;
    this.query = query;
  }

  static Deadline after(Duration limit, String query) {
    return new Deadline(System.nanoTime(), limit, query);
  }

  Duration limit() {
    return limit;
  }

  String query() {
    return query;
  }

  boolean expired() {
    // Differences of nanoTime are overflow-safe; absolute comparisons are not.
    return System.nanoTime() - startNanos > limitNanos;
  }

  /** Called from inside the matcher's inner loop; throws once the deadline has passed. */
  void tick() {
    if (--countdown == 0) {
      countdown = CHECK_EVERY;
      check();
    }
  }

  void check() {
    if (expired()) {
      throw new SubstructureTimeoutException(query, limit);
    }
  }
}
