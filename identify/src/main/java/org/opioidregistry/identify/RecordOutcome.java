package org.opioidregistry.identify;

import java.util.Objects;
import java.util.Optional;

/**
 * What became of one record of a batch: its identification, or why it could not be read. A batch
 * yields exactly one outcome per record, in input order, so that a downstream join never misaligns.
 *
 * <p>Immutable and thread-safe.
 *
 * @param record the one-based record number
 * @param query the record's query
 * @param identification the identification, when the record could be read
 * @param error why it could not, otherwise
 */
public record RecordOutcome(
    long record,
    Query query,
    Optional<Identification> identification,
    Optional<BadQueryException> error) {

  /** Checks that exactly one of identification and error is present. */
  public RecordOutcome {
    Objects.requireNonNull(query, "query");
    if (identification.isPresent() == error.isPresent()) {
      throw new IllegalArgumentException("an outcome is an identification or an error");
    }
  }
}
