package org.opioidregistry.core.substructure;

/**
 * A SMARTS query that could not be parsed, with the position of the failure.
 *
 * <pre>{@code
 * try {
 *   SubstructureQuery.smarts("C1CC(");
 * } catch (InvalidSmartsException e) {
 *   e.position(); // index into the SMARTS where parsing stopped
 * }
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class InvalidSmartsException extends IllegalArgumentException {
  private final String smarts;
  private final int position;

  /**
   * Creates the exception.
   *
   * @param smarts the rejected query text
   * @param position zero-based index of the character where parsing failed
   * @param reason the parser's description of the problem
   */
  public InvalidSmartsException(String smarts, int position, String reason) {
    super(message(smarts, position, reason));
    this.smarts = smarts;
    this.position = position;
  }

  /**
   * Returns the rejected SMARTS.
   *
   * @return the query text as given
   */
  public String smarts() {
    return smarts;
  }

  /**
   * Returns the zero-based position in the SMARTS where parsing failed.
   *
   * @return the character index
   */
  public int position() {
    return position;
  }

  private static String message(String smarts, int position, String reason) {
    // A caret line under the query is what users of CDK and Daylight expect to see.
    String shown = smarts.length() > 200 ? smarts.substring(0, 200) + "..." : smarts;
    String caret = position >= 0 && position <= shown.length() ? " ".repeat(position) + "^" : "";
    return "Invalid SMARTS at position "
        + position
        + ": "
        + reason
        + System.lineSeparator()
        + shown
        + System.lineSeparator()
        + caret;
  }
}
