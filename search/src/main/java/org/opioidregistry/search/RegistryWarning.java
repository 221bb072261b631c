package org.opioidregistry.search;

import java.util.Objects;
import org.opioidregistry.core.substance.SubstanceId;

/**
 * Something a write accepted but the caller should know, e.g. that the new substance is a
 * stereoisomer of one already registered.
 *
 * <p>Immutable and thread-safe.
 *
 * @param message what happened, in words
 * @param related the registered substance concerned
 */
public record RegistryWarning(String message, SubstanceId related) {

  /** Checks for nulls. */
  public RegistryWarning {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(related, "related");
  }
}
