package org.opioidregistry.core.substructure;

import java.time.Duration;

/**
 * Graph matching did not finish within its time bound.
 *
 * <p>Subgraph isomorphism is exponential in the worst case; a pathological query (long chains of
 * wildcards against large ring systems) can otherwise run for hours. Instances are immutable and
 * thread-safe.
 */
public final class SubstructureTimeoutException extends RuntimeException {
  private final Duration limit;

  /**
   * Creates the exception.
   *
   * @param query the query text (SMARTS) that timed out
   * @param limit the time bound that was exceeded
   */
  public SubstructureTimeoutException(String query, Duration limit) {
    super("Substructure matching exceeded its time bound of " + limit.toMillis() + " ms: " + query);
    this.limit = limit;
  }

  /**
   * Creates the exception for a match that cannot be decided within a time bound at all, before the
   * bound has passed.
   *
   * @param query the query text (SMARTS)
   * @param limit the time bound
   * @param why what makes the match too costly, in words
   */
  public SubstructureTimeoutException(String query, Duration limit, String why) {
    super(
        "Substructure matching cannot finish within its time bound of "
            + limit.toMillis()
            + " ms: "
            + why
            + ": "
            + query);
    this.limit = limit;
  }

  /**
   * Returns the time bound that was exceeded.
   *
   * @return the limit
   */
  public Duration limit() {
    return limit;
  }
}
