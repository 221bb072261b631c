package org.opioidregistry.search;

import org.opioidregistry.core.substance.SubstanceId;

/**
 * A substance cannot be stored as given: one of its searchable values is longer than the store can
 * index. Thrown before anything is written, so the registry stays as it was and usable (it used to
 * reach Lucene, whose refusal of an "immense term" closed the registry).
 *
 * <p>Immutable.
 */
public final class InvalidSubstanceException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final transient SubstanceId id;

  InvalidSubstanceException(SubstanceId id, String detail) {
    super("substance '" + id + "' cannot be registered: " + detail);
    this.id = id;
  }

  /** The substance refused. */
  public SubstanceId id() {
    return id;
  }
}
