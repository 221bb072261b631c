package org.opioidregistry.search;

/**
 * A batch write changed nothing because one of its records was bad; names that record.
 *
 * <p>Immutable.
 */
public final class BatchRejectedException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;
  private final int index;

  BatchRejectedException(int index, String id, RuntimeException cause) {
    super(
        "batch rejected, nothing written: record "
            + (index + 1)
            + " ('"
            + id
            + "'): "
            + cause.getMessage(),
        cause);
    this.index = index;
  }

  /** Zero-based position of the bad record in the batch. */
  public int index() {
    return index;
  }
}
