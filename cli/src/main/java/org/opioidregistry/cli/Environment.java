package org.opioidregistry.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Objects;

/**
 * What the commands print to and read from: passed in, so that tests run the commands in-process
 * with their own streams.
 *
 * <p>Immutable; the streams are shared by the command's threads through {@link Problems} and the
 * single writing thread.
 *
 * @param in standard input
 * @param out where reports go
 * @param err where problems, notes, progress and summaries go
 * @param terminal true when a person watches standard error (a progress bar is wanted)
 */
record Environment(InputStream in, PrintWriter out, PrintWriter err, boolean terminal) {

  Environment {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
  }
}
