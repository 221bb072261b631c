package org.opioidregistry.core.query;

/**
 * A query text longer than any of its readings accepts, refused by {@link QueryDetector} before
 * anything parses it: a long chain of atoms would otherwise reach CDK's recursive ring perception
 * and end in a {@code StackOverflowError}.
 *
 * <p>Immutable and thread-safe.
 */
public final class QueryTooLongException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final int length;
  private final int limit;

  QueryTooLongException(String what, int length, int limit) {
    super(what + " of " + length + " characters is longer than the limit of " + limit);
    this.length = length;
    this.limit = limit;
  }

  /** The length of the refused text, in characters. */
  public int length() {
    return length;
  }

  /** The limit it exceeded, in characters. */
  public int limit() {
    return limit;
  }
}
