package org.opioidregistry.identify;

import java.util.Objects;
import java.util.Optional;

/**
 * One record of a {@link Screener#screenAll} run: its result, or why it could not be read.
 *
 * <p>Immutable and thread-safe.
 *
 * @param record the record number, from 1
 * @param query the query
 * @param result the result, unless the record could not be read
 * @param error why the record could not be read, if so
 */
public record ScreenOutcome(
    long record, Query query, Optional<ScreenResult> result, Optional<BadQueryException> error) {

  /** Checks that exactly one of result and error is present. */
  public ScreenOutcome {
    Objects.requireNonNull(query, "query");
    if (result.isPresent() == error.isPresent()) {
      throw new IllegalArgumentException("an outcome is a result or an error");
    }
  }
}
