package org.opioidregistry.search;

import org.opioidregistry.core.substance.SubstanceId;

/**
 * A write was refused because the structure (same InChIKey) or the id is already registered.
 *
 * <p>Immutable.
 */
public final class DuplicateStructureException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;
  private final transient SubstanceId existing;

  DuplicateStructureException(String message, SubstanceId existing) {
    super(message);
    this.existing = existing;
  }

  /** The registered substance that the write collided with. */
  public SubstanceId existing() {
    return existing;
  }
}
