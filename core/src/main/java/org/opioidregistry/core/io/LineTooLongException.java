package org.opioidregistry.core.io;

/**
 * A line is longer than the reader's limit. The line has been skipped to its end when this is
 * thrown, so a reader of records can report the record and go on with the next line.
 *
 * <p>Unchecked, like other bad-input errors here: the input is at fault, not the I/O. Immutable.
 */
public final class LineTooLongException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final long lineNumber;
  private final int limit;

  LineTooLongException(long lineNumber, int limit) {
    super(
        "line "
            + lineNumber
            + " is longer than "
            + limit
            + " characters; no record of these formats needs a line that long");
    this.lineNumber = lineNumber;
    this.limit = limit;
  }

  /** One-based number of the line that is too long. */
  public long lineNumber() {
    return lineNumber;
  }

  /** The limit it exceeds, in characters. */
  public int limit() {
    return limit;
  }
}
