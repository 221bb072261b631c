package org.opioidregistry.search;

import java.util.List;
import java.util.Objects;

/**
 * What {@link Registry#verify} found: how many substances the registry holds and every problem,
 * each in words that say where. No problems means every file's checksum matched, Lucene's own check
 * of every segment passed, and every substance's stored keys are those its stored structure gives.
 *
 * <p>Immutable and thread-safe.
 *
 * @param location the registry checked
 * @param substances the substances read (0 when the files could not be read at all)
 * @param problems what is wrong, empty when nothing is
 */
public record VerificationReport(String location, int substances, List<String> problems) {

  /** Copies the list. */
  public VerificationReport {
    Objects.requireNonNull(location, "location");
    problems = List.copyOf(problems);
  }

  /** True when nothing is wrong. */
  public boolean ok() {
    return problems.isEmpty();
  }
}
