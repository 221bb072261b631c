package org.opioidregistry.core.fingerprint;

import java.util.Objects;

/**
 * One fingerprint line of an FPS file: the fingerprint and its identifier.
 *
 * <p>Thread safety: immutable.
 *
 * @param id the identifier (no tab or line break)
 * @param fingerprint the fingerprint
 */
public record FpsRecord(String id, Fingerprint fingerprint) {
  /** Checks for nulls. */
  public FpsRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(fingerprint, "fingerprint");
  }
}
