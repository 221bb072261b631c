package org.opioidregistry.search;

/**
 * A name query longer than name search accepts: {@value #MAX_LENGTH} characters, as typed and once
 * Greek letters are spelt out. The longest registered names (systematic names of fentanyl
 * analogues) have about 110 characters; a longer text is a paste of something else, and would only
 * cost time (and, past about 1,000 characters, break Lucene's prefix automaton). Refused before any
 * analysis.
 *
 * <pre>{@code
 * try {
 *   registry.findByName(text, 10);
 * } catch (NameQueryTooLongException e) {
 *   e.length();  // e.g. 1000
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class NameQueryTooLongException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The longest name query accepted, in characters (UTF-16 code units). */
  public static final int MAX_LENGTH = 500;

  private final int length;

  NameQueryTooLongException(String what, int length) {
    super(what + " of " + length + " characters is longer than the limit of " + MAX_LENGTH);
    this.length = length;
  }

  /** Throws when {@code length} exceeds {@link #MAX_LENGTH}; {@code what} names the text. */
  static void check(int length, String what) {
    if (length > MAX_LENGTH) {
      throw new NameQueryTooLongException(what, length);
    }
  }

  /** The length of the refused query, in characters. */
  public int length() {
    return length;
  }

  /** The limit that was exceeded: {@link #MAX_LENGTH}. */
  public int limit() {
    return MAX_LENGTH;
  }
}
