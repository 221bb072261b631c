package org.opioidregistry.identify;

import java.util.Objects;
import java.util.OptionalInt;
import org.opioidregistry.core.structure.StructureParseException;

/**
 * A query that cannot be read: which query, why (a stable {@link QueryProblem}), and where (a
 * zero-based character position or a one-based line, when known). The message is one line.
 *
 * <pre>{@code
 * try {
 *   identifier.identify("CC(C");
 * } catch (BadQueryException e) {
 *   e.problem();    // SYNTAX
 *   e.position();   // OptionalInt[4]
 * }
 * }</pre>
 *
 * <p>Immutable, and so safe to hand between threads.
 */
public final class BadQueryException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String query;
  private final QueryProblem problem;
  private final int position;
  private final int line;

  /**
   * A bad query.
   *
   * @param query the query text as given
   * @param problem why it cannot be read
   * @param message one line that says what is wrong
   * @param position zero-based character position, or -1
   * @param line one-based line (MOL blocks), or -1
   * @param cause the parser's exception, or null
   */
  BadQueryException(
      String query, QueryProblem problem, String message, int position, int line, Throwable cause) {
    super(Objects.requireNonNull(message, "message"), cause);
    this.query = Objects.requireNonNull(query, "query");
    this.problem = Objects.requireNonNull(problem, "problem");
    this.position = position;
    this.line = line;
  }

  /** A bad query without a position. */
  static BadQueryException of(String query, QueryProblem problem, String message) {
    return new BadQueryException(query, problem, message, -1, -1, null);
  }

  /** The structure parser's failure as a bad query; the message keeps only its first line. */
  static BadQueryException of(String query, StructureParseException e) {
    return new BadQueryException(
        query,
        QueryProblem.of(e.reason()),
        firstLine(e.getMessage()),
        e.position().orElse(-1),
        e.line().orElse(-1),
        e);
  }

  /**
   * Returns the query text as given.
   *
   * @return the query
   */
  public String query() {
    return query;
  }

  /**
   * Returns why the query cannot be read.
   *
   * @return the problem
   */
  public QueryProblem problem() {
    return problem;
  }

  /**
   * Returns the zero-based character position of the failure, when known.
   *
   * @return the position
   */
  public OptionalInt position() {
    return position < 0 ? OptionalInt.empty() : OptionalInt.of(position);
  }

  /**
   * Returns the one-based line of the failure in a MOL block, when known.
   *
   * @return the line
   */
  public OptionalInt line() {
    return line < 0 ? OptionalInt.empty() : OptionalInt.of(line);
  }

  static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int newline = message.indexOf('\n');
    return (newline < 0 ? message : message.substring(0, newline)).strip();
  }
}
