package org.opioidregistry.cli;

/**
 * A query or record that cannot be read. Its message is the one line the command prints: which
 * query, what is wrong and where.
 *
 * <p>Immutable, and so safe to hand between threads (a batch's workers hand them to the writer).
 */
final class BadInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  BadInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
