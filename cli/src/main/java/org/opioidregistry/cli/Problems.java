package org.opioidregistry.cli;

import java.io.PrintWriter;
import java.util.Objects;

/**
 * Reports problems on standard error, one line each, prefixed with the command's name; with {@code
 * --debug}, the stack trace follows.
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
    err.println(PREFIX + "bad input: " + e.getMessage());
    trace(e.getCause() == null ? e : e.getCause());
    err.flush();
  }

  /** A problem that is not the input's: "opioid-registry: error: WHAT". */
  synchronized void error(String message, Throwable cause) {
    err.println(PREFIX + "error: " + message);
    if (cause != null) {
      trace(cause);
    }
    err.flush();
  }

  /** A remark, e.g. that this build has no registry: "opioid-registry: note: ...". */
  synchronized void note(String message) {
    err.println(PREFIX + "note: " + message);
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
