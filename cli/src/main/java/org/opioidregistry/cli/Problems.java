package org.opioidregistry.cli;

import java.io.PrintWriter;
import java.util.Objects;
import org.opioidregistry.cli.report.Cells;

/**
 * Reports problems on standard error, one line each, prefixed with the command's name; with {@code
 * --debug}, the stack trace follows. The one place every problem line passes: a message is cut at
 * its first line break and its control and bidirectional characters are escaped ({@link
 * Cells#safe}), because messages quote queries, names and file lines an attacker may have written
 * (a crafted name must not drive the terminal or fake a line of the report).
 *
 * <p>Thread-safe: each report is one synchronised write.
 */
final class Problems {

  static final String PREFIX = "opioid-registry: ";

  private final PrintWriter err;
  private final boolean debug;

  Problems(PrintWriter err, boolean debug) {
    this.err = Objects.requireNonNull(err);
    this.debug = debug;
  }

  /** "opioid-registry: bad input: WHICH: WHAT (WHERE)". */
  synchronized void badInput(BadInputException e) {
    err.println(PREFIX + "bad input: " + line(e.getMessage()));
    trace(e.getCause() == null ? e : e.getCause());
    err.flush();
  }

  /** A bad-input line without an exception object: "opioid-registry: bad input: WHAT". */
  synchronized void badInputLine(String message) {
    err.println(PREFIX + "bad input: " + line(message));
    err.flush();
  }

  /** A problem that is not the input's: "opioid-registry: error: WHAT". */
  synchronized void error(String message, Throwable cause) {
    err.println(PREFIX + "error: " + line(message));
    if (cause != null) {
      trace(cause);
    }
    err.flush();
  }

  /** A warning about something done: "opioid-registry: warning: WHAT". */
  synchronized void warning(String message) {
    err.println(PREFIX + "warning: " + line(message));
    err.flush();
  }

  /** A usage problem: "opioid-registry: usage: WHAT". */
  synchronized void usage(String message) {
    err.println(PREFIX + "usage: " + line(message));
    err.flush();
  }

  /** The first line of a message, made safe for a terminal. */
  static String line(String message) {
    if (message == null) {
      return "";
    }
    int newline = message.indexOf('\n');
    String first = newline < 0 ? message : message.substring(0, newline);
    return Cells.safe(first.strip());
  }

  /** A remark, e.g. that this build has no registry: "opioid-registry: note: ...". */
  synchronized void note(String message) {
    err.println(PREFIX + "note: " + line(message));
    err.flush();
  }

  boolean debug() {
    return debug;
  }

  private void trace(Throwable e) {
    if (debug) {
      e.printStackTrace(err);
    }
  }
}
