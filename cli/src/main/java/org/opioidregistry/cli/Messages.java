package org.opioidregistry.cli;

/**
 * Makes the one-line messages the command prints about bad input.
 *
 * <p>Stateless and thread-safe.
 */
final class Messages {

  private static final int SHOWN_QUERY = 60;

  private Messages() {}

  /** The query, quoted and shortened to one short line. */
  static String quote(String query) {
    String flat = query.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ⏎ ");
    if (flat.length() > SHOWN_QUERY) {
      flat = flat.substring(0, SHOWN_QUERY - 3) + "...";
    }
    return "'" + flat + "'";
  }

  /**
   * The first line of an exception's message: parse errors add lines that show the input with a
   * caret, which a one-line report leaves out (the position is in the first line).
   */
  static String firstLine(Throwable e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int newline = message.indexOf('\n');
    String line = newline < 0 ? message : message.substring(0, newline);
    return line.strip();
  }

  /** "'QUERY': what is wrong", for a query given on the command line. */
  static BadInputException badQuery(String query, Throwable cause) {
    return new BadInputException(quote(query) + ": " + firstLine(cause), cause);
  }
}
