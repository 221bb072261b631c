package org.opioidregistry.core.fingerprint;

/**
 * A line of FPS text that does not follow the format; says which line and why.
 *
 * <p>Thread safety: immutable.
 */
public final class FpsFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final long lineNumber;

  /**
   * Creates the exception.
   *
   * @param lineNumber the 1-based line number of the bad line
   * @param reason what is wrong
   * @param cause the underlying error, or null
   */
  public FpsFormatException(long lineNumber, String reason, Throwable cause) {
    super("FPS line " + lineNumber + ": " + reason, cause);
    this.lineNumber = lineNumber;
  }

  /**
   * Returns the 1-based number of the offending line.
   *
   * @return the line number
   */
  public long lineNumber() {
    return lineNumber;
  }
}
